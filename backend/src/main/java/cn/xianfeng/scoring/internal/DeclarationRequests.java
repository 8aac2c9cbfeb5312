package cn.xianfeng.scoring.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** The bodies of the declaration requests. */
final class DeclarationRequests {

    private DeclarationRequests() {
    }

    /** A member's declaration: {@code submit} sends it for review at once, otherwise it stays a draft. */
    record Declare(
            @NotBlank(message = "{entry.item.required}") @Size(max = 60, message = "{entry.item.too-long}") String item,
            @NotNull(message = "{declaration.date.required}") LocalDate occurredOn,
            @Schema(description = "The count (per occurrence) or hours (per hour); for other items leave it out")
            @Nullable @Positive(message = "{entry.quantity.positive}") @DecimalMax(value = "1000", message = "{entry.quantity.too-large}") @Digits(integer = 4, fraction = 2, message = "{entry.quantity.digits}")
            BigDecimal quantity,
            @Schema(description = "The points asked for, for an item scored within a range")
            @Nullable @DecimalMin(value = "-1000", message = "{entry.points.too-large}") @DecimalMax(value = "1000", message = "{entry.points.too-large}")
            @Digits(integer = 4, fraction = 2, message = "{entry.points.digits}") BigDecimal points,
            @Nullable @Size(max = 60, message = "{entry.level.too-long}") String level,
            @Schema(description = "What it is for: the same achievement counts once at its highest level")
            @Nullable @Size(max = 100, message = "{entry.achievement.too-long}") String achievement,
            @NotBlank(message = "{declaration.description.required}") @Size(max = 2000, message = "{declaration.description.too-long}")
            String description,
            @Nullable @Size(max = 9, message = "{declaration.evidence.too-many}") List<@NotNull(message = "{evidence.not-found}") UUID> evidenceIds,
            @Schema(description = "Send it for review now (default: keep it as a draft)") @Nullable Boolean submit) {

        boolean submitting() {
            return Boolean.TRUE.equals(submit);
        }

        List<UUID> evidence() {
            return evidenceIds == null ? List.of() : evidenceIds;
        }
    }

    /** A draft or returned declaration, changed by its member. */
    record Revise(@NotNull(message = "{org.version.required}") Long version, @NotNull(message = "{scheme.element.required}") @Valid Declare declaration) {
    }

    record Submit(@NotNull(message = "{org.version.required}") Long version) {
    }

    enum Decision { APPROVE, ADJUST, REJECT, RETURN }

    /**
     * The reviewer's decision. ADJUST gives the values as approved (count, points or level) or the points awarded
     * outright, with the reason; REJECT and RETURN give the reason.
     */
    record Review(
            @NotNull(message = "{org.version.required}") Long version,
            @NotNull(message = "{declaration.decision.required}") Decision decision,
            @Nullable @Positive(message = "{entry.quantity.positive}") @DecimalMax(value = "1000", message = "{entry.quantity.too-large}") @Digits(integer = 4, fraction = 2, message = "{entry.quantity.digits}")
            BigDecimal quantity,
            @Nullable @DecimalMin(value = "-1000", message = "{entry.points.too-large}") @DecimalMax(value = "1000", message = "{entry.points.too-large}")
            @Digits(integer = 4, fraction = 2, message = "{entry.points.digits}") BigDecimal points,
            @Nullable @Size(max = 60, message = "{entry.level.too-long}") String level,
            @Nullable @DecimalMin(value = "-1000", message = "{entry.points.too-large}") @DecimalMax(value = "1000", message = "{entry.points.too-large}")
            @Digits(integer = 4, fraction = 2, message = "{entry.points.digits}") BigDecimal awarded,
            @Nullable @Size(max = 500, message = "{entry.reason.too-long}") String reason) {
    }
}
