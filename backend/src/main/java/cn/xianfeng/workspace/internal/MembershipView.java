package cn.xianfeng.workspace.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.xianfeng.workspace.RoleAt;
import cn.xianfeng.organization.OrgRef;

record MembershipView(UUID tenantId, String tenantName, OffsetDateTime tenantCreatedAt, OrgRef rootOrg,
        List<RoleAt> roles) {
}
