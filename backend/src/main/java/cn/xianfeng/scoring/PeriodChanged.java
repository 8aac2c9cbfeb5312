package cn.xianfeng.scoring;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.audit.Auditable;

/** A branch's month moved on: approved, publicised, its publicity closed, finalised, re-opening asked or decided. */
public record PeriodChanged(Kind kind, UUID entityId, UUID branchId, String month, @Nullable Snapshot before, Snapshot after, String orgPath)
        implements Auditable {

    public enum Kind { APPROVED, PUBLICITY_OPENED, PUBLICITY_CLOSED, FINALISED, REOPEN_REQUESTED, REOPENED, REOPEN_DECLINED }

    @Override
    public String action() {
        return "PERIOD_" + kind.name();
    }

    @Override
    public String entityType() {
        return "PERIOD";
    }

    public record Snapshot(String status, @Nullable OffsetDateTime publicityUntil, @Nullable String reason) {
    }
}
