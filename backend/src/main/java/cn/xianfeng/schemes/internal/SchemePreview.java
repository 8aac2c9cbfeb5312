package cn.xianfeng.schemes.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import cn.xianfeng.engine.Explanation;
import cn.xianfeng.engine.ScoreResult;
import cn.xianfeng.engine.ScoringEngine;
import cn.xianfeng.engine.ScoringInput;
import cn.xianfeng.engine.Scheme;
import cn.xianfeng.web.InvalidInputException;
import cn.xianfeng.web.XianfengException.FieldCode;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The preview calculator: a scheme, sample entries and ballots in, the scores and their explanation out,
 * computed by the engine exactly as the real ledger will be. Nothing is stored.
 */
@Component
class SchemePreview {

    private final SchemeValidator validator;
    private final ScoringEngine engine = new ScoringEngine();

    SchemePreview(SchemeValidator validator) {
        this.validator = validator;
    }

    PreviewResult preview(PreviewRequest request) {
        // The document sits under "scheme" in this request, so its problems do too (as the field constraints' do).
        List<FieldCode> problems = new ArrayList<>(validator.problems(request.scheme()).stream()
            .map(problem -> new FieldCode("scheme." + problem.field(), problem.messageCode(), problem.arguments())).toList());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Scheme scheme = request.scheme().toEngine();
        int year = request.year();
        List<ScoringInput.Entry> entries = new ArrayList<>();
        for (int i = 0; i < request.entriesOrNone().size(); i++) {
            PreviewEntry entry = request.entriesOrNone().get(i);
            String at = "entries[" + i + "]";
            Scheme.Item item = scheme.item(entry.item()).orElse(null);
            if (item == null) {
                problems.add(new FieldCode(at + ".item", "preview.item.unknown", entry.item()));
                continue;
            }
            BigDecimal quantity = entry.quantity() == null ? BigDecimal.ONE : entry.quantity();
            if (quantity.signum() <= 0) {
                problems.add(new FieldCode(at + ".quantity", "preview.quantity.positive"));
            }
            switch (item.rule()) {
                case Scheme.Rule.Range range when entry.points() == null || entry.points().compareTo(range.min()) < 0
                        || entry.points().compareTo(range.max()) > 0 ->
                    problems.add(new FieldCode(at + ".points", "preview.points.range", range.min().toPlainString(),
                            range.max().toPlainString()));
                case Scheme.Rule.Levels levels when entry.level() == null || !levels.points().containsKey(entry.level()) ->
                    problems.add(new FieldCode(at + ".level", "preview.level.unknown", String.valueOf(entry.level())));
                default -> {
                }
            }
            entries.add(new ScoringInput.Entry(String.format("#%03d", i + 1), entry.item(), YearMonth.of(year, entry.month()),
                    quantity, entry.level(), entry.points(), entry.achievement()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Set<YearMonth> months = monthsOf(year, request.months(), ScoringInput.wholeYear(year));
        Set<YearMonth> exempt = monthsOf(year, request.exemptMonths(), Set.of());
        ScoreResult result = engine.score(new ScoringInput(scheme, year, months, exempt, entries,
                request.ballots() == null ? null
                        : new ScoringInput.Ballots(request.ballots().good(), request.ballots().average(), request.ballots().poor())));
        return new PreviewResult(result.periods(), result.quarters(), result.interim(), result.yearScore(), result.evaluation(),
                result.annual(), result.exactAnnual().toString(), result.grade(), result.vetoes(), result.explanation());
    }

    private static Set<YearMonth> monthsOf(int year, @Nullable List<Integer> months, Set<YearMonth> otherwise) {
        if (months == null) {
            return otherwise;
        }
        Set<YearMonth> result = new HashSet<>();
        months.forEach(month -> result.add(YearMonth.of(year, month)));
        return result;
    }

    /**
     * @param months       the months to score (default: the whole year)
     * @param exemptMonths months under exemption
     */
    record PreviewRequest(
            @NotNull(message = "{scheme.element.required}") @Valid SchemeDocument scheme,
            @Min(value = 2000, message = "{preview.year.range}") @Max(value = 2100, message = "{preview.year.range}") int year,
            @Nullable List<@NotNull @Min(value = 1, message = "{preview.month.range}") @Max(value = 12, message = "{preview.month.range}") Integer> months,
            @Nullable List<@NotNull @Min(value = 1, message = "{preview.month.range}") @Max(value = 12, message = "{preview.month.range}") Integer> exemptMonths,
            @Nullable @Size(max = 2000, message = "{preview.entries.too-many}") List<@Valid @NotNull(message = "{scheme.element.required}") PreviewEntry> entries,
            @Nullable @Valid PreviewBallots ballots) {

        List<PreviewEntry> entriesOrNone() {
            return entries == null ? List.of() : entries;
        }
    }

    /**
     * @param quantity    count or hours (default 1)
     * @param points      for a RANGE item: the points decided
     * @param level       for a LEVELS item: the level
     * @param achievement names the achievement, so that the same one counts once in a highest-only group
     */
    record PreviewEntry(
            @NotBlank(message = "{preview.item.required}") @Size(max = 60, message = "{entry.item.too-long}") String item,
            @NotNull(message = "{preview.month.range}") @Min(value = 1, message = "{preview.month.range}") @Max(value = 12, message = "{preview.month.range}") Integer month,
            @Nullable @Positive(message = "{entry.quantity.positive}") @DecimalMax(value = "1000", message = "{entry.quantity.too-large}") @Digits(integer = 4, fraction = 2, message = "{entry.quantity.digits}")
            BigDecimal quantity,
            @Nullable @DecimalMin(value = "-1000", message = "{entry.points.too-large}") @DecimalMax(value = "1000", message = "{entry.points.too-large}")
            @Digits(integer = 4, fraction = 2, message = "{entry.points.digits}") BigDecimal points,
            @Nullable @Size(max = 60, message = "{scheme.code.too-long}") String level,
            @Nullable @Size(max = 100, message = "{scheme.name.too-long}") String achievement) {
    }

    /** Ballots of a branch's members: each count, and all together, at most {@link #MAX_VOTERS}. */
    record PreviewBallots(
            @PositiveOrZero(message = "{preview.ballots.negative}") @Max(value = MAX_VOTERS, message = "{preview.ballots.too-many}") long good,
            @PositiveOrZero(message = "{preview.ballots.negative}") @Max(value = MAX_VOTERS, message = "{preview.ballots.too-many}") long average,
            @PositiveOrZero(message = "{preview.ballots.negative}") @Max(value = MAX_VOTERS, message = "{preview.ballots.too-many}") long poor) {

        /** More than any branch has members: a branch of over 50 members is split (the branch work regulations). */
        static final long MAX_VOTERS = 1000;

        @AssertTrue(message = "{preview.ballots.too-many}")
        @Schema(hidden = true)
        boolean isWithinVoters() {
            return good + average + poor <= MAX_VOTERS;
        }
    }

    /** The engine's result; {@code exactAnnual} is the unrounded score as a fraction (e.g. {@code 2698/30}). */
    record PreviewResult(List<ScoreResult.PeriodScore> periods, List<ScoreResult.PeriodScore> quarters,
            @Schema(types = {"number", "null"}) @Nullable BigDecimal interim,
            BigDecimal yearScore,
            @Schema(types = {"number", "null"}) @Nullable BigDecimal evaluation,
            BigDecimal annual, String exactAnnual, String grade, List<String> vetoes, Explanation explanation) {
    }
}
