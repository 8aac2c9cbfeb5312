package cn.xianfeng.scoring.internal;

import java.math.BigDecimal;
import java.util.UUID;

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

/** The bodies of the recorder's ledger requests. */
final class LedgerRequests {

    private LedgerRequests() {
    }

    /** An entry the recorder (or secretary) puts on a member's ledger: deductions, dues, vetoes, anything of the scheme. */
    record RecordEntry(
            @NotNull(message = "{entry.member.required}") UUID memberId,
            @NotBlank(message = "{entry.item.required}") @Size(max = 60, message = "{entry.item.too-long}") String item,
            @Schema(description = "YYYY-MM") @NotNull(message = "{entry.month.format}")
            @Pattern(regexp = Formats.MONTH, message = "{entry.month.format}") String month,
            @Nullable @Positive(message = "{entry.quantity.positive}") @DecimalMax(value = "1000", message = "{entry.quantity.too-large}") @Digits(integer = 4, fraction = 2, message = "{entry.quantity.digits}")
            BigDecimal quantity,
            @Nullable @DecimalMin(value = "-1000", message = "{entry.points.too-large}") @DecimalMax(value = "1000", message = "{entry.points.too-large}")
            @Digits(integer = 4, fraction = 2, message = "{entry.points.digits}") BigDecimal points,
            @Nullable @Size(max = 60, message = "{entry.level.too-long}") String level,
            @Nullable @Size(max = 100, message = "{entry.achievement.too-long}") String achievement,
            @Nullable @Size(max = 500, message = "{entry.reason.too-long}") String reason) {
    }

    /**
     * A correction of a ledger row: new values (count, points, level, or points awarded outright), or {@code voided}
     * to take the row out; always with the reason. The row itself stays as it was.
     */
    record Correct(
            @Nullable Boolean voided,
            @Nullable @Positive(message = "{entry.quantity.positive}") @DecimalMax(value = "1000", message = "{entry.quantity.too-large}") @Digits(integer = 4, fraction = 2, message = "{entry.quantity.digits}")
            BigDecimal quantity,
            @Nullable @DecimalMin(value = "-1000", message = "{entry.points.too-large}") @DecimalMax(value = "1000", message = "{entry.points.too-large}")
            @Digits(integer = 4, fraction = 2, message = "{entry.points.digits}") BigDecimal points,
            @Nullable @Size(max = 60, message = "{entry.level.too-long}") String level,
            @Nullable @DecimalMin(value = "-1000", message = "{entry.points.too-large}") @DecimalMax(value = "1000", message = "{entry.points.too-large}")
            @Digits(integer = 4, fraction = 2, message = "{entry.points.digits}") BigDecimal awarded,
            @NotBlank(message = "{entry.reason.required}") @Size(max = 500, message = "{entry.reason.too-long}") String reason) {

        boolean voiding() {
            return Boolean.TRUE.equals(voided);
        }
    }
}
