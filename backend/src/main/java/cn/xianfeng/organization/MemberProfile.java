package cn.xianfeng.organization;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** A member as other modules see them: who they are for scoring, and where they belong. */
public record MemberProfile(UUID id, String name, MemberStatus status, PostType postType, boolean leaderCadre,
        @Schema(types = {"string", "null"}, format = "date") @Nullable LocalDate joinedOn, UUID branchId, String branchName,
        String branchPath, @Schema(types = {"string", "null"}, format = "uuid") @Nullable UUID groupId,
        @Schema(types = {"string", "null"}, format = "uuid", description = "The member's account, once they sign in as themselves")
        @Nullable UUID userId) {
}
