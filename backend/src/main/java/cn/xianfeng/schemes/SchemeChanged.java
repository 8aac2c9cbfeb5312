package cn.xianfeng.schemes;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.audit.Auditable;

/** A scheme was created, its draft saved, or a version published; the document travels with it into the audit log. */
public record SchemeChanged(Kind kind, UUID entityId, @Nullable Snapshot before, Snapshot after, String orgPath) implements Auditable {

    public enum Kind { CREATED, DRAFT_SAVED, PUBLISHED }

    @Override
    public String action() {
        return "SCHEME_" + kind.name();
    }

    @Override
    public String entityType() {
        return "SCHEME";
    }

    /** A version of the scheme: its number, status and whole document. */
    public record Snapshot(String code, String name, int year, int versionNumber, String status, Object document) {
    }
}
