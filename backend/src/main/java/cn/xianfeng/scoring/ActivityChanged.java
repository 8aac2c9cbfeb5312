package cn.xianfeng.scoring;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.audit.Auditable;

/** An activity was scheduled, its attendance marked or corrected, or finalised (which scores it). */
public record ActivityChanged(Kind kind, UUID entityId, @Nullable Snapshot before, Snapshot after, String orgPath) implements Auditable {

    public enum Kind { SCHEDULED, ATTENDANCE_MARKED, FINALISED, ATTENDANCE_CORRECTED }

    @Override
    public String action() {
        return "ACTIVITY_" + kind.name();
    }

    @Override
    public String entityType() {
        return "ACTIVITY";
    }

    /** {@code attendance}: member id → status (with +host / +minutes), as marked. */
    public record Snapshot(String kind, String title, LocalDate heldOn, String status, Map<UUID, String> attendance,
            @Nullable String reason) {
    }
}
