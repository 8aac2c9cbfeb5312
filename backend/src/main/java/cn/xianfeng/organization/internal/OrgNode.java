package cn.xianfeng.organization.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.organization.BranchDomain;
import cn.xianfeng.organization.OrgType;

import io.swagger.v3.oas.annotations.media.Schema;

/** An org node as the tree UI shows it; {@code childCount} counts open children. */
record OrgNode(UUID id,
        @Schema(types = {"string", "null"}, format = "uuid") @Nullable UUID parentId,
        OrgType type, String name,
        @Schema(types = {"string", "null"}) @Nullable String code,
        @Schema(types = {"string", "null"}) @Nullable BranchDomain domain,
        int sortOrder, boolean closed, long childCount, long version) {
}
