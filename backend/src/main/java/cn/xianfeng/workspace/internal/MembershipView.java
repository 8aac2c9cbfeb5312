package cn.xianfeng.workspace.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.organization.MemberProfile;
import cn.xianfeng.organization.OrgRef;
import cn.xianfeng.workspace.RoleAt;

/** One tenant as the user sees it: their roles there, and their own member record if they are a member there. */
record MembershipView(UUID tenantId, String tenantName, OffsetDateTime tenantCreatedAt, OrgRef rootOrg,
        List<RoleAt> roles, @Nullable MemberProfile member) {
}
