package cn.xianfeng.scoring;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.audit.Auditable;

/** A member objected during publicity, or the branch answered (upheld: an adjustment is on the ledger). */
public record ObjectionChanged(Kind kind, UUID entityId, UUID objectorId, @Nullable Snapshot before, Snapshot after, String orgPath)
        implements Auditable {

    public enum Kind { RAISED, UPHELD, DISMISSED }

    @Override
    public String action() {
        return "OBJECTION_" + kind.name();
    }

    @Override
    public String entityType() {
        return "OBJECTION";
    }

    public record Snapshot(String status, @Nullable UUID ledgerEntryId, UUID subjectMemberId, String text, @Nullable String answer,
            @Nullable UUID adjustmentEntryId) {
    }
}
