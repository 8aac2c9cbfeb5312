package cn.xianfeng.identity;

import java.util.UUID;

/** A role a user holds at an org node of the current tenant. */
public record RoleAssignmentView(UUID id, UUID userId, UUID orgId, Role role) {
}
