package cn.xianfeng.organization;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An org node's state at one moment, as the audit log keeps it. */
public record OrgSnapshot(UUID id, @Nullable UUID parentId, OrgType type, String name, @Nullable String code,
        @Nullable BranchDomain domain, int sortOrder, boolean closed, String path) {
}
