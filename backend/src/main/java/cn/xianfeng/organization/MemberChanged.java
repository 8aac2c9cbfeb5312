package cn.xianfeng.organization;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.audit.Auditable;

/** A member was added, edited or transferred; {@code orgPath} is the path of their branch afterwards. */
public record MemberChanged(Kind kind, @Nullable MemberSnapshot before, MemberSnapshot after, String orgPath)
        implements Auditable {

    public enum Kind { CREATED, UPDATED, TRANSFERRED }

    @Override
    public String action() {
        return "MEMBER_" + kind.name();
    }

    @Override
    public String entityType() {
        return "MEMBER";
    }

    @Override
    public UUID entityId() {
        return after.id();
    }
}
