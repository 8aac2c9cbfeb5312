package cn.xianfeng.organization.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.organization.ExemptionReason;

/** The bodies of the exemption write requests. */
final class ExemptionRequests {

    private ExemptionRequests() {
    }

    /** The application, made by the branch's secretary (or the admin) on the member's behalf. */
    record ApplyForExemption(
            @NotNull(message = "{exemption.memberId.required}") UUID memberId,
            @NotNull(message = "{exemption.reason.required}") ExemptionReason reason,
            @Nullable @Size(max = 500, message = "{exemption.details.too-long}") String details,
            @NotNull(message = "{exemption.effectiveFrom.required}") LocalDate effectiveFrom,
            @Nullable LocalDate effectiveTo,
            @NotNull(message = "{exemption.upperApprovalRequired.required}") Boolean upperApprovalRequired,
            @NotNull(message = "{exemption.appliedOn.required}") @PastOrPresent(message = "{exemption.date.future}") LocalDate appliedOn) {

        ApplyForExemption {
            details = details == null || details.isBlank() ? null : details.strip();
        }
    }

    enum Stage { COMMITTEE, MEETING, UPPER }

    /** A decision of the branch committee, the member meeting or the upper committee, on the day it was taken. */
    record ExemptionReview(
            @NotNull(message = "{org.version.required}") Long version,
            @NotNull(message = "{exemption.stage.required}") Stage stage,
            boolean approved,
            @NotNull(message = "{exemption.decidedOn.required}") @PastOrPresent(message = "{exemption.date.future}") LocalDate decidedOn,
            @Nullable @Size(max = 500, message = "{exemption.note.too-long}") String note) {

        ExemptionReview {
            note = blankToNull(note);
        }
    }

    record OpenExemptionPublicity(
            @NotNull(message = "{org.version.required}") Long version,
            @NotNull(message = "{exemption.publicityFrom.required}") LocalDate startsOn,
            @Min(value = 1, message = "{exemption.publicityDays.range}") @Max(value = 30, message = "{exemption.publicityDays.range}") int days) {
    }

    /** Publicity is over: without a founded objection the application goes on, otherwise it is rejected. */
    record CloseExemptionPublicity(
            @NotNull(message = "{org.version.required}") Long version,
            boolean approved,
            @Nullable @Size(max = 500, message = "{exemption.note.too-long}") String note) {

        CloseExemptionPublicity {
            note = blankToNull(note);
        }
    }

    record WithdrawExemption(
            @NotNull(message = "{org.version.required}") Long version,
            @Nullable @Size(max = 500, message = "{exemption.note.too-long}") String note) {

        WithdrawExemption {
            note = blankToNull(note);
        }
    }

    /** An approved exemption ends early, e.g. the member has recovered: {@code lastDay} is its last exempt day. */
    record EndExemption(
            @NotNull(message = "{org.version.required}") Long version,
            @NotNull(message = "{exemption.lastDay.required}") LocalDate lastDay,
            @Nullable @Size(max = 500, message = "{exemption.note.too-long}") String note) {

        EndExemption {
            note = blankToNull(note);
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
