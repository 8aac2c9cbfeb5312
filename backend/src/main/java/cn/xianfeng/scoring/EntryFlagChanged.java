package cn.xianfeng.scoring;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.audit.Auditable;

/** A supervisor flagged a ledger entry as doubtful, or the branch resolved the flag. */
public record EntryFlagChanged(Kind kind, UUID entityId, UUID ledgerEntryId, UUID branchId, UUID raisedBy, @Nullable Snapshot before,
        Snapshot after, String orgPath) implements Auditable {

    public enum Kind { RAISED, RESOLVED }

    @Override
    public String action() {
        return "ENTRY_FLAG_" + kind.name();
    }

    @Override
    public String entityType() {
        return "ENTRY_FLAG";
    }

    public record Snapshot(String status, String note, @Nullable String resolution) {
    }
}
