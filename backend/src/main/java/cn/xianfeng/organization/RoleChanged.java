package cn.xianfeng.organization;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.audit.Auditable;
import cn.xianfeng.identity.Role;

/** A role was assigned at an org node, or withdrawn. */
public record RoleChanged(Kind kind, Holder holder, String orgPath) implements Auditable {

    public enum Kind { ASSIGNED, REVOKED }

    /** Who holds which role where. */
    public record Holder(UUID assignmentId, Role role, UUID orgId, UUID userId, String name) {
    }

    @Override
    public String action() {
        return "ROLE_" + kind.name();
    }

    @Override
    public String entityType() {
        return "ROLE_ASSIGNMENT";
    }

    @Override
    public UUID entityId() {
        return holder.assignmentId();
    }

    @Override
    public @Nullable Object before() {
        return kind == Kind.REVOKED ? holder : null;
    }

    @Override
    public @Nullable Object after() {
        return kind == Kind.ASSIGNED ? holder : null;
    }
}
