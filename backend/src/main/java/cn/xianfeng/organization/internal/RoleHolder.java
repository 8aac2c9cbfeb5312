package cn.xianfeng.organization.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.identity.Role;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Someone holding a role at an org. {@code invitationLink} is set only in the answer to an assignment that
 * created or renewed an invitation: the path of the one-time link the person sets their password with; it is
 * also e-mailed to {@code invitationEmail} when the member has an address (and mail is configured).
 */
record RoleHolder(UUID assignmentId, Role role, UUID userId, String name,
        @Schema(types = {"string", "null"}, format = "uuid") @Nullable UUID memberId,
        @Schema(types = {"string", "null"}) @Nullable String invitationLink,
        @Schema(types = {"string", "null"}, description = "Where the invitation is e-mailed, if the member has an address")
        @Nullable String invitationEmail) {
}
