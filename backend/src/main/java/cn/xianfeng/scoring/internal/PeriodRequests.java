package cn.xianfeng.scoring.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** The bodies of the period and objection requests. */
final class PeriodRequests {

    private PeriodRequests() {
    }

    record Approve(
            @NotNull(message = "{activity.branch.required}") UUID branchId,
            @Schema(description = "YYYY-MM") @NotNull(message = "{entry.month.format}")
            @Pattern(regexp = Formats.MONTH, message = "{entry.month.format}") String month) {
    }

    record Step(@NotNull(message = "{org.version.required}") Long version) {
    }

    record RequestReopening(
            @NotNull(message = "{org.version.required}") Long version,
            @NotBlank(message = "{entry.reason.required}") @Size(max = 500, message = "{entry.reason.too-long}") String reason) {
    }

    record DecideReopening(
            @NotNull(message = "{org.version.required}") Long version,
            @NotNull(message = "{period.decision.required}") Boolean approve,
            @Nullable @Size(max = 500, message = "{entry.reason.too-long}") String note) {
    }

    /** An objection to one ledger entry, or (without one) to the subject member's total. */
    record Raise(
            @Schema(description = "The entry objected to; absent: the total of subjectMemberId")
            @Nullable UUID ledgerEntryId,
            @Nullable UUID subjectMemberId,
            @NotBlank(message = "{objection.text.required}") @Size(max = 2000, message = "{declaration.description.too-long}") String text,
            @Nullable @Size(max = 9, message = "{declaration.evidence.too-many}") List<@NotNull(message = "{evidence.not-found}") UUID> evidenceIds) {

        List<UUID> evidence() {
            return evidenceIds == null ? List.of() : evidenceIds;
        }
    }

    /**
     * The branch's answer. Upheld, an entry objection carries the correction of that entry (new values, points
     * awarded, or voided); a total objection carries the adjusting entry (item and values or points awarded).
     */
    record Answer(
            @NotNull(message = "{org.version.required}") Long version,
            @NotNull(message = "{period.decision.required}") Boolean upheld,
            @NotBlank(message = "{objection.answer.required}") @Size(max = 2000, message = "{declaration.description.too-long}") String answer,
            @Nullable Boolean voided,
            @Nullable @Size(max = 60, message = "{entry.item.too-long}") String item,
            @Nullable @Positive(message = "{entry.quantity.positive}") @DecimalMax(value = "1000", message = "{entry.quantity.too-large}") @Digits(integer = 4, fraction = 2, message = "{entry.quantity.digits}")
            BigDecimal quantity,
            @Nullable @DecimalMin(value = "-1000", message = "{entry.points.too-large}") @DecimalMax(value = "1000", message = "{entry.points.too-large}")
            @Digits(integer = 4, fraction = 2, message = "{entry.points.digits}") BigDecimal points,
            @Nullable @Size(max = 60, message = "{entry.level.too-long}") String level,
            @Nullable @DecimalMin(value = "-1000", message = "{entry.points.too-large}") @DecimalMax(value = "1000", message = "{entry.points.too-large}")
            @Digits(integer = 4, fraction = 2, message = "{entry.points.digits}") BigDecimal awarded) {
    }
}
