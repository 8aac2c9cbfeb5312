package cn.xianfeng.onboarding;

import java.util.UUID;

/** An institution signed itself up. */
public record TenantOnboarded(UUID tenantId, UUID rootOrgId, UUID adminUserId) {
}
