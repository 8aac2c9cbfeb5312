package cn.xianfeng.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.audit.Auditable;

/** A declaration was saved, submitted or decided (domain.md §4). */
public record DeclarationChanged(Kind kind, UUID entityId, UUID memberId, @Nullable Snapshot before, Snapshot after, String orgPath)
        implements Auditable {

    public enum Kind { CREATED, UPDATED, SUBMITTED, APPROVED, ADJUSTED, REJECTED, RETURNED }

    @Override
    public String action() {
        return "DECLARATION_" + kind.name();
    }

    @Override
    public String entityType() {
        return "DECLARATION";
    }

    public record Snapshot(String status, String itemCode, LocalDate occurredOn, BigDecimal quantity, @Nullable BigDecimal points,
            @Nullable String level, @Nullable String reason) {
    }
}
