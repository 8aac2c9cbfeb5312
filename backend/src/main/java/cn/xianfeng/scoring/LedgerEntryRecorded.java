package cn.xianfeng.scoring;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.audit.Auditable;

/**
 * A row was appended to the points ledger: a new entry, or a correction replacing {@code replacesId} (its
 * snapshot is {@code before}). Nothing on the ledger is ever changed in place.
 */
public record LedgerEntryRecorded(UUID entityId, UUID memberId, @Nullable Snapshot before, Snapshot after, String orgPath)
        implements Auditable {

    @Override
    public String action() {
        return after.replacesId() == null ? "LEDGER_ENTRY_RECORDED" : "LEDGER_ENTRY_CORRECTED";
    }

    @Override
    public String entityType() {
        return "LEDGER_ENTRY";
    }

    public record Snapshot(String month, String itemCode, BigDecimal quantity, @Nullable BigDecimal points, @Nullable String level,
            @Nullable BigDecimal awarded, boolean voided, String source, @Nullable UUID replacesId, @Nullable String reason) {
    }
}
