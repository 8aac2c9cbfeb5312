package cn.xianfeng.schemes.internal;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.engine.Quotas.TieBreak;
import cn.xianfeng.engine.Scheme;
import cn.xianfeng.engine.Scheme.Aggregation;
import cn.xianfeng.engine.Scheme.SectionKind;
import cn.xianfeng.engine.Scheme.StartMode;
import cn.xianfeng.engine.Scheme.VetoEffect;
import cn.xianfeng.organization.MemberStatus;
import cn.xianfeng.organization.PostType;
import cn.xianfeng.schemes.ActivityKind;
import cn.xianfeng.schemes.RecordedBy;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A scoring scheme in its exchange format, version {@value #FORMAT_VERSION}: what the editor edits, what
 * import/export writes, and what presets ship as. Items sit inside their sections, so that a problem's path
 * names the element (e.g. {@code sections[2].items[0].rule.max}).
 */
@Schema(name = "SchemeDocument")
record SchemeDocument(
        @Schema(description = "The format's version; this server writes and reads " + FORMAT_VERSION) int formatVersion,
        @NotBlank(message = "{scheme.code.required}") @Size(max = 60, message = "{scheme.code.too-long}") String code,
        @NotBlank(message = "{scheme.name.required}") @Size(max = 100, message = "{scheme.name.too-long}") String name,
        @Nullable @Size(max = 2000, message = "{scheme.description.too-long}") String description,
        @NotNull(message = "{scheme.aggregation.required}") Aggregation aggregation,
        @NotEmpty(message = "{scheme.sections.required}") List<@Valid @NotNull(message = "{scheme.element.required}") Section> sections,
        @Nullable List<@Valid @NotNull(message = "{scheme.element.required}") Veto> vetoes,
        @NotNull(message = "{scheme.composition.required}") @Valid Composition composition,
        @NotNull(message = "{scheme.ballotWeights.required}") @Valid BallotWeights ballotWeights,
        @NotEmpty(message = "{scheme.grades.required}") List<@Valid @NotNull(message = "{scheme.element.required}") GradeBand> grades,
        @Nullable @Valid Quota quota,
        @Nullable @Valid Alerts alerts,
        @Schema(description = "Days a period's scores are publicised (default 7)") @Nullable Integer publicityDays,
        @Schema(description = "Day of the following month by which members declare (default 5)") @Nullable Integer declarationDeadlineDay,
        @Nullable @Valid Ranking ranking,
        @Schema(description = "Which items an activity's attendance writes, by kind of activity")
        @Nullable List<@Valid @NotNull(message = "{scheme.element.required}") Attendance> attendance) {

    static final int FORMAT_VERSION = 1;

    public enum QuotaScope { BRANCH, GENERAL_BRANCH, COMMITTEE }

    /**
     * The cap on the top grade (domain.md §3): at most {@code ratioNumerator}/{@code ratioDenominator} of the graded
     * members of the scope (exact: floor of the fraction), only the branch's top {@code topN}, only from
     * {@code minScore}; ties at the cut line broken in {@code tieBreak} order.
     */
    record Quota(
            @NotBlank(message = "{scheme.grade.required}") @Size(max = 60, message = "{scheme.code.too-long}") String grade,
            @Nullable Integer ratioNumerator,
            @Nullable Integer ratioDenominator,
            @Nullable QuotaScope scope,
            @Nullable Integer topN,
            @Nullable @DecimalMin(value = "-1000", message = "{scheme.points.range}") @DecimalMax(value = "1000", message = "{scheme.points.range}") BigDecimal minScore,
            @Nullable List<@NotNull(message = "{scheme.element.required}") TieBreak> tieBreak) {
    }

    /**
     * Alerts (seed 002): a member below {@code passingScore} for each of {@code consecutiveMonths} months in a row,
     * a zero month, and a branch with at least {@code branchShareBelowPassing} of its members below passing.
     */
    record Alerts(
            @NotNull(message = "{scheme.points.required}") @DecimalMin(value = "-1000", message = "{scheme.points.range}") @DecimalMax(value = "1000", message = "{scheme.points.range}") BigDecimal passingScore,
            @Nullable List<@NotNull(message = "{scheme.element.required}") Integer> consecutiveMonths,
            @Nullable Boolean zeroMonth,
            @Nullable @DecimalMin(value = "0", message = "{scheme.weight.range}") @DecimalMax(value = "1", message = "{scheme.weight.range}") BigDecimal branchShareBelowPassing) {
    }

    /** Ranking within the branch, and publicising its top five: both off unless the scheme turns them on. */
    record Ranking(@Nullable Boolean inBranch, @Nullable Boolean topFivePublicity) {
    }

    /** An activity kind's attendance items (see {@link cn.xianfeng.schemes.AttendanceItems}); each code an item of the scheme. */
    record Attendance(
            @NotNull(message = "{scheme.attendance.kind.required}") ActivityKind kind,
            @Nullable @Size(max = 60, message = "{scheme.code.too-long}") String present,
            @Nullable @Size(max = 60, message = "{scheme.code.too-long}") String absent,
            @Nullable @Size(max = 60, message = "{scheme.code.too-long}") String late,
            @Nullable @Size(max = 60, message = "{scheme.code.too-long}") String leftEarly,
            @Nullable @Size(max = 60, message = "{scheme.code.too-long}") String host,
            @Nullable @Size(max = 60, message = "{scheme.code.too-long}") String minutes) {

        List<String> codes() {
            return java.util.stream.Stream.of(present, absent, late, leftEarly, host, minutes).filter(java.util.Objects::nonNull).toList();
        }
    }

    List<Attendance> attendanceOrNone() {
        return attendance == null ? List.of() : attendance;
    }

    List<Veto> vetoesOrNone() {
        return vetoes == null ? List.of() : vetoes;
    }

    record Section(
            @NotBlank(message = "{scheme.code.required}") @Size(max = 60, message = "{scheme.code.too-long}") String code,
            @NotBlank(message = "{scheme.name.required}") @Size(max = 100, message = "{scheme.name.too-long}") String name,
            @NotNull(message = "{scheme.kind.required}") SectionKind kind,
            @Nullable @DecimalMin(value = "-1000", message = "{scheme.points.range}") @DecimalMax(value = "1000", message = "{scheme.points.range}") BigDecimal cap,
            @Nullable @DecimalMin(value = "-1000", message = "{scheme.points.range}") @DecimalMax(value = "1000", message = "{scheme.points.range}") BigDecimal floor,
            @Nullable StartMode start,
            @NotNull(message = "{scheme.items.required}") List<@Valid @NotNull(message = "{scheme.element.required}") Item> items) {

        StartMode startOrDefault() {
            return start == null ? StartMode.ACCUMULATE : start;
        }
    }

    record Item(
            @NotBlank(message = "{scheme.code.required}") @Size(max = 60, message = "{scheme.code.too-long}") String code,
            @NotBlank(message = "{scheme.name.required}") @Size(max = 200, message = "{scheme.name.too-long}") String name,
            @NotNull(message = "{scheme.rule.required}") @Valid Rule rule,
            @Nullable @DecimalMin(value = "-1000", message = "{scheme.points.range}") @DecimalMax(value = "1000", message = "{scheme.points.range}") BigDecimal cap,
            @Nullable Integer maxOccurrences,
            @Nullable @Size(max = 60, message = "{scheme.code.too-long}") String highestOnlyGroup,
            @Nullable RecordedBy recordedBy,
            @Nullable Boolean evidenceRequired,
            @Schema(description = "For schemes derived from this one: the item may not be removed") @Nullable Boolean mandatory,
            @Schema(description = "For schemes derived from this one: the points the item may be given")
            @Nullable @Valid Bounds bounds,
            @Schema(description = "The members the item applies to; absent: every scored member")
            @Nullable AppliesTo appliesTo) {

        boolean isMandatory() {
            return Boolean.TRUE.equals(mandatory);
        }
    }

    /**
     * Which members an item is for (domain.md §2): some statuses, some post types, or leader cadres only
     * (两当两抓, 一岗双责 — seed 002). Each list left empty does not narrow.
     */
    record AppliesTo(
            @Nullable List<@NotNull(message = "{scheme.element.required}") MemberStatus> statuses,
            @Nullable List<@NotNull(message = "{scheme.element.required}") PostType> postTypes,
            @Nullable Boolean leaderCadresOnly) {
    }

    /** The range a derived scheme may move an item's points within (年初细化标准 within the upper's frame). */
    record Bounds(
            @NotNull(message = "{scheme.points.required}") @DecimalMin(value = "-1000", message = "{scheme.points.range}") @DecimalMax(value = "1000", message = "{scheme.points.range}") BigDecimal min,
            @NotNull(message = "{scheme.points.required}") @DecimalMin(value = "-1000", message = "{scheme.points.range}") @DecimalMax(value = "1000", message = "{scheme.points.range}") BigDecimal max) {
    }

    enum RuleType { FIXED, PER_OCCURRENCE, PER_HOUR, RANGE, LEVELS }

    /** {@code points} for FIXED, PER_OCCURRENCE and PER_HOUR; {@code min}/{@code max} for RANGE; {@code levels} for LEVELS. */
    record Rule(
            @NotNull(message = "{scheme.rule.type.required}") RuleType type,
            @Nullable @DecimalMin(value = "-1000", message = "{scheme.points.range}") @DecimalMax(value = "1000", message = "{scheme.points.range}") BigDecimal points,
            @Nullable @DecimalMin(value = "-1000", message = "{scheme.points.range}") @DecimalMax(value = "1000", message = "{scheme.points.range}") BigDecimal min,
            @Nullable @DecimalMin(value = "-1000", message = "{scheme.points.range}") @DecimalMax(value = "1000", message = "{scheme.points.range}") BigDecimal max,
            @Nullable List<@Valid @NotNull(message = "{scheme.element.required}") Level> levels) {
    }

    record Level(
            @NotBlank(message = "{scheme.level.required}") @Size(max = 60, message = "{scheme.code.too-long}") String level,
            @NotNull(message = "{scheme.points.required}") @DecimalMin(value = "-1000", message = "{scheme.points.range}") @DecimalMax(value = "1000", message = "{scheme.points.range}") BigDecimal points) {
    }

    record Veto(
            @NotBlank(message = "{scheme.veto.trigger.required}") @Size(max = 60, message = "{scheme.code.too-long}") String trigger,
            @NotEmpty(message = "{scheme.veto.effects.required}") List<@NotNull(message = "{scheme.element.required}") VetoEffect> effects,
            @Nullable @Size(max = 60, message = "{scheme.code.too-long}") String section) {
    }

    /**
     * @param total when given, the weights (parts and evaluation) must add up to it — a check against typos
     */
    record Composition(
            @NotNull(message = "{scheme.element.required}") List<@Valid @NotNull(message = "{scheme.element.required}") Part> parts,
            @NotNull(message = "{scheme.weight.required}") @DecimalMin(value = "0", message = "{scheme.weight.range}") @DecimalMax(value = "1", message = "{scheme.weight.range}") BigDecimal evaluationWeight,
            @Nullable @DecimalMin(value = "-1000", message = "{scheme.points.range}") @DecimalMax(value = "1000", message = "{scheme.points.range}") BigDecimal total) {
    }

    record Part(
            @NotBlank(message = "{scheme.name.required}") @Size(max = 100, message = "{scheme.name.too-long}") String name,
            @NotEmpty(message = "{scheme.part.sections.required}")
            List<@NotBlank(message = "{scheme.element.required}") @Size(max = 60, message = "{scheme.code.too-long}") String> sections,
            @NotNull(message = "{scheme.weight.required}") @DecimalMin(value = "0", message = "{scheme.weight.range}") @DecimalMax(value = "1", message = "{scheme.weight.range}") BigDecimal weight) {
    }

    record BallotWeights(
            @NotNull(message = "{scheme.weight.required}") @DecimalMin(value = "0", message = "{scheme.weight.range}") @DecimalMax(value = "1", message = "{scheme.weight.range}") BigDecimal good,
            @NotNull(message = "{scheme.weight.required}") @DecimalMin(value = "0", message = "{scheme.weight.range}") @DecimalMax(value = "1", message = "{scheme.weight.range}") BigDecimal average,
            @NotNull(message = "{scheme.weight.required}") @DecimalMin(value = "0", message = "{scheme.weight.range}") @DecimalMax(value = "1", message = "{scheme.weight.range}") BigDecimal poor) {
    }

    /** The bands run from the top grade down; the last has no minimum. */
    record GradeBand(
            @NotBlank(message = "{scheme.grade.required}") @Size(max = 20, message = "{scheme.code.too-long}") String grade,
            @Nullable @DecimalMin(value = "-1000", message = "{scheme.points.range}") @DecimalMax(value = "1000", message = "{scheme.points.range}") BigDecimal min) {
    }

    /** The engine's view of a document that passed {@link SchemeValidator}. */
    Scheme toEngine() {
        List<Scheme.Section> engineSections = sections.stream()
            .map(section -> new Scheme.Section(section.code(), section.name(), section.kind(), section.cap(), section.floor(),
                    section.startOrDefault()))
            .toList();
        List<Scheme.Item> engineItems = sections.stream()
            .flatMap(section -> section.items().stream().map(item -> new Scheme.Item(item.code(), item.name(), section.code(),
                    rule(item.rule()), item.cap(), item.maxOccurrences(), item.highestOnlyGroup())))
            .toList();
        return new Scheme(engineSections, engineItems,
                vetoesOrNone().stream().map(veto -> new Scheme.Veto(veto.trigger(), veto.effects(), veto.section())).toList(),
                aggregation,
                new Scheme.Composition(composition.parts().stream()
                    .map(part -> new Scheme.WeightedPart(part.name(), part.sections(), part.weight())).toList(),
                        composition.evaluationWeight()),
                new Scheme.BallotWeights(ballotWeights.good(), ballotWeights.average(), ballotWeights.poor()),
                grades.stream().map(band -> new Scheme.GradeBand(band.grade(), band.min())).toList());
    }

    private static Scheme.Rule rule(Rule rule) {
        return switch (rule.type()) {
            case FIXED -> new Scheme.Rule.Fixed(rule.points());
            case PER_OCCURRENCE -> new Scheme.Rule.PerOccurrence(rule.points());
            case PER_HOUR -> new Scheme.Rule.PerHour(rule.points());
            case RANGE -> new Scheme.Rule.Range(rule.min(), rule.max());
            case LEVELS -> new Scheme.Rule.Levels(rule.levels().stream()
                .collect(java.util.stream.Collectors.toMap(Level::level, Level::points)));
        };
    }
}
