package cn.xianfeng.schemes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.engine.Scheme;

/**
 * A published scheme version as it applies to an org for a year: its items, its calendar (publicity days,
 * declaration deadline) and the engine's view of it for scoring.
 */
public record AppliedScheme(UUID schemeId, UUID versionId, int versionNumber, String name, int year, UUID orgId,
        List<SchemeItem> items, List<AttendanceItems> attendance, int publicityDays, int declarationDeadlineDay, boolean rankingInBranch,
        @Nullable AlertRules alerts, Scheme engine) {

    public Optional<SchemeItem> item(String code) {
        return items.stream().filter(item -> item.code().equals(code)).findFirst();
    }

    /** The items an activity of this kind writes; none mapped, attendance is kept but scores nothing. */
    public Optional<AttendanceItems> attendanceOf(ActivityKind kind) {
        return attendance.stream().filter(mapping -> mapping.kind() == kind).findFirst();
    }
}
