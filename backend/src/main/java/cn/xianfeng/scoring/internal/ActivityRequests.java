package cn.xianfeng.scoring.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.schemes.ActivityKind;

import io.swagger.v3.oas.annotations.media.Schema;

/** The bodies of the activity requests. */
final class ActivityRequests {

    private ActivityRequests() {
    }

    /** A branch activity; participants default to the branch's members (or the group's, when a group is given). */
    record Schedule(
            @NotNull(message = "{activity.branch.required}") UUID branchId,
            @Nullable UUID groupId,
            @NotNull(message = "{activity.kind.required}") ActivityKind kind,
            @NotBlank(message = "{activity.title.required}") @Size(max = 200, message = "{activity.title.too-long}") String title,
            @NotNull(message = "{activity.date.required}") LocalDate heldOn,
            @Nullable @Size(max = 200, message = "{activity.location.too-long}") String location,
            @Schema(description = "Members of the branch taking part; absent: all of the branch (or group)")
            @Nullable List<@NotNull(message = "{entry.member.required}") UUID> participantIds) {
    }

    enum Attendance { PRESENT, LEAVE, ABSENT, LATE, LEFT_EARLY }

    /** {@code host} and {@code minutes}: the member chaired the meeting or took its minutes (absent: no). */
    record Mark(
            @NotNull(message = "{entry.member.required}") UUID memberId,
            @NotNull(message = "{activity.attendance.required}") Attendance attendance,
            @Nullable Boolean host,
            @Nullable Boolean minutes) {

        boolean hosted() {
            return Boolean.TRUE.equals(host);
        }

        boolean tookMinutes() {
            return Boolean.TRUE.equals(minutes);
        }
    }

    /**
     * Attendance marked in bulk. Once the activity is finalised a change needs the reason, and writes corrections
     * to the ledger for those whose points change.
     */
    record MarkAttendance(
            @NotNull(message = "{org.version.required}") Long version,
            @NotEmpty(message = "{activity.attendance.required}") List<@Valid @NotNull(message = "{activity.attendance.required}") Mark> marks,
            @Nullable @Size(max = 500, message = "{entry.reason.too-long}") String reason) {
    }

    record Finalise(@NotNull(message = "{org.version.required}") Long version) {
    }
}
