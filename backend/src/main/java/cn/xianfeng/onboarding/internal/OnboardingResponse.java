package cn.xianfeng.onboarding.internal;

import java.util.UUID;

record OnboardingResponse(UUID tenantId, UUID rootOrgId, UUID userId) {
}
