package cn.xianfeng.organization;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.audit.Auditable;

/** An org node was created, updated, moved or closed; {@code before} is null for a creation. */
public record OrgChanged(Kind kind, @Nullable OrgSnapshot before, OrgSnapshot after) implements Auditable {

    public enum Kind { CREATED, UPDATED, MOVED, CLOSED }

    @Override
    public String action() {
        return "ORG_" + kind.name();
    }

    @Override
    public String entityType() {
        return "ORG";
    }

    @Override
    public UUID entityId() {
        return after.id();
    }

    @Override
    public String orgPath() {
        return after.path();
    }
}
