package cn.xianfeng.organization;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A member's record at one moment, as the audit log keeps it. */
public record MemberSnapshot(UUID id, String name, @Nullable Gender gender, MemberStatus status, PostType postType,
        boolean leaderCadre, @Nullable LocalDate joinedOn, UUID branchId, @Nullable UUID groupId,
        @Nullable String mobile, @Nullable String email) {
}
