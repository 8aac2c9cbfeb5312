package cn.xianfeng.scoring;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.audit.Auditable;

/** A branch filed a summary to its parent, or the parent accepted or returned it. */
public record FilingChanged(Kind kind, UUID entityId, UUID branchId, String period, @Nullable String before, String after,
        @Nullable String comment, String orgPath) implements Auditable {

    public enum Kind { FILED, ACCEPTED, RETURNED }

    @Override
    public String action() {
        return "FILING_" + kind.name();
    }

    @Override
    public String entityType() {
        return "FILING";
    }
}
