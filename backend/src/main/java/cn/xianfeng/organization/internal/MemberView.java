package cn.xianfeng.organization.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.organization.Gender;
import cn.xianfeng.organization.MemberStatus;
import cn.xianfeng.organization.PostType;

import io.swagger.v3.oas.annotations.media.Schema;

/** A member as lists and forms show them, with the names of their branch and group. */
record MemberView(UUID id, String name,
        @Schema(types = {"string", "null"}) @Nullable Gender gender,
        MemberStatus status, PostType postType, boolean leaderCadre,
        @Schema(types = {"string", "null"}, format = "date") @Nullable LocalDate joinedOn,
        UUID branchId, String branchName,
        @Schema(types = {"string", "null"}, format = "uuid") @Nullable UUID groupId,
        @Schema(types = {"string", "null"}) @Nullable String groupName,
        @Schema(types = {"string", "null"}) @Nullable String mobile,
        @Schema(types = {"string", "null"}) @Nullable String email,
        long version) {
}
