package cn.xianfeng.engine;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.engine.Explanation.Kind;
import cn.xianfeng.engine.ScoreResult.PeriodScore;
import cn.xianfeng.engine.ScoringInput.Ballots;
import cn.xianfeng.engine.ScoringInput.Entry;
import cn.xianfeng.engine.Scheme.GradeBand;
import cn.xianfeng.engine.Scheme.Section;
import cn.xianfeng.engine.Scheme.Veto;
import cn.xianfeng.engine.Scheme.VetoEffect;
import cn.xianfeng.engine.Scheme.WeightedPart;

/**
 * Scores a member's year by a scheme (domain.md §3), exactly and with an explanation of every step. A pure
 * function: no framework, no database, no clock; the same input always gives the same result, whatever the
 * order of its entries.
 */
public final class ScoringEngine {

    private static final Rational HUNDRED = Rational.of(100);

    private final boolean explain;
    /** A year-end run scores member after member under one scheme: its lookups are built once, not per member. */
    private volatile @Nullable Prepared last;

    private record Prepared(Scheme scheme, PeriodScorer scorer) {
    }

    /** An engine that explains every score. */
    public ScoringEngine() {
        this(true);
    }

    private ScoringEngine(boolean explain) {
        this.explain = explain;
    }

    /**
     * For bulk scoring (a year-end run over every member): the same numbers, without building explanations,
     * which any single score can have again from the same input.
     */
    public static ScoringEngine withoutExplanations() {
        return new ScoringEngine(false);
    }

    /**
     * What one entry is worth by its item's rule alone (a reviewer's award, if any), before the item's occurrence
     * limit and cap, its section's cap and floor, highest-only groups and vetoes: those act on the period and the
     * explanation shows them. Empty for an item the scheme lacks or values its rule cannot price.
     */
    public static Optional<BigDecimal> entryValue(Scheme scheme, Entry entry) {
        return scheme.items().stream().filter(item -> item.code().equals(entry.item())).findFirst().flatMap(item -> {
            try {
                return Optional.of(PeriodScorer.raw(item.rule(), entry).toDecimal(2));
            } catch (IllegalArgumentException unpriceable) {
                return Optional.empty();
            }
        });
    }

    public ScoreResult score(ScoringInput input) {
        Scheme scheme = input.scheme();
        PeriodScorer scorer = scorerFor(scheme);
        Map<YearMonth, List<Entry>> byMonth = new HashMap<>();
        for (Entry entry : input.entries()) {
            if (entry.month().getYear() != input.year()) {
                throw new IllegalArgumentException("Entry " + entry.id() + " is not in " + input.year());
            }
            scorer.itemOf(entry.item());
            byMonth.computeIfAbsent(entry.month(), month -> new ArrayList<>()).add(entry);
        }
        List<YearMonth> scored = input.months().stream().filter(month -> !input.exemptMonths().contains(month)).sorted().toList();
        List<Veto> vetoes = scheme.vetoes().stream()
            .filter(veto -> input.entries().stream().anyMatch(entry -> entry.item().equals(veto.trigger()))).toList();
        Set<String> zeroed = new HashSet<>();
        vetoes.stream().filter(veto -> veto.effects().contains(VetoEffect.ZERO_SECTION)).forEach(veto -> zeroed.add(veto.section()));

        Year year = aggregate(input, scorer, byMonth, scored, zeroed);

        // The few annual nodes are cheap and built always; the periods' trees only when explaining.
        List<Explanation> annualNodes = new ArrayList<>();
        if (explain) {
            List<Explanation> yearChildren = new ArrayList<>(year.explanations());
            input.months().stream().filter(input.exemptMonths()::contains).sorted()
                .forEach(month -> yearChildren.add(Explanation.of(Kind.EXEMPT_MONTH, month.toString(), null, null, List.of())));
            annualNodes.add(Explanation.of(Kind.MEAN, "year", year.total(), scheme.aggregation().name(), yearChildren));
        }

        Rational annual = Rational.ZERO;
        Set<String> inParts = new HashSet<>();
        for (WeightedPart part : scheme.composition().parts()) {
            Rational value = sum(year.sections(), part.sections()::contains);
            Rational weighted = value.times(Rational.of(part.weight()));
            inParts.addAll(part.sections());
            annual = annual.plus(weighted);
            annualNodes.add(Explanation.of(Kind.PART, part.name(), weighted, part.weight().toPlainString() + " × "
                    + value.toDecimal(2).toPlainString(), List.of()));
        }
        Rational unweighted = sum(year.sections(), code -> !inParts.contains(code));
        annual = annual.plus(unweighted);
        if (!scheme.composition().parts().isEmpty() && unweighted.signum() != 0) {
            annualNodes.add(Explanation.of(Kind.PART, "unweighted", unweighted, null, List.of()));
        }

        Rational evaluation = evaluation(input.ballots(), scheme.ballotWeights());
        BigDecimal evaluationWeight = scheme.composition().evaluationWeight();
        if (evaluationWeight.signum() != 0) {
            Rational weighted = evaluation == null ? Rational.ZERO : evaluation.times(Rational.of(evaluationWeight));
            annual = annual.plus(weighted);
            annualNodes.add(Explanation.of(Kind.EVALUATION, "evaluation", weighted, evaluationWeight.toPlainString() + " × "
                    + (evaluation == null ? "— (no ballots)" : evaluation.toDecimal(2).toPlainString()), List.of()));
        }

        boolean zeroYear = vetoes.stream().anyMatch(veto -> veto.effects().contains(VetoEffect.ZERO_YEAR));
        boolean forceGrade = vetoes.stream().anyMatch(veto -> veto.effects().contains(VetoEffect.FORCE_GRADE));
        for (Veto veto : vetoes) {
            annualNodes.add(Explanation.of(Kind.VETO, veto.trigger(), zeroYear && veto.effects().contains(VetoEffect.ZERO_YEAR)
                    ? annual.negate() : null, veto.effects().toString(), List.of()));
        }
        if (zeroYear) {
            annual = Rational.ZERO;
        }
        BigDecimal presented = annual.toDecimal(2);
        if (Rational.of(presented).compareTo(annual) != 0) {
            annualNodes.add(new Explanation(Kind.ROUNDING, "half-up", presented, annual.toString(), List.of()));
        }
        String grade = forceGrade ? lowest(scheme.grades()) : grade(scheme.grades(), annual);
        annualNodes.add(new Explanation(Kind.GRADE, grade, null, forceGrade ? "FORCE_GRADE" : null, List.of()));

        return new ScoreResult(year.periods(), year.quarters(), year.interim(), year.total().toDecimal(2),
                evaluation == null ? null : evaluation.toDecimal(2), presented, annual, grade,
                vetoes.stream().map(Veto::trigger).toList(),
                explain ? new Explanation(Kind.ANNUAL, "annual", presented, null, annualNodes) : null);
    }

    /** The year's sections, aggregated as the scheme says, with the periods and means that made them. */
    private record Year(Map<String, Rational> sections, Rational total, List<PeriodScore> periods, List<PeriodScore> quarters,
            @Nullable BigDecimal interim, List<Explanation> explanations) {
    }

    private Year aggregate(ScoringInput input, PeriodScorer scorer, Map<YearMonth, List<Entry>> byMonth, List<YearMonth> scored,
            Set<String> zeroed) {
        return switch (input.scheme().aggregation()) {
            case SUM_YEAR -> {
                PeriodScorer.Scored whole = scorer.score(String.valueOf(input.year()), entriesIn(byMonth, scored), zeroed);
                yield new Year(whole.sections(), whole.total(), List.of(period(whole, input.year())), List.of(), null,
                        List.of(whole.explanation()));
            }
            case HALF_YEAR -> {
                List<YearMonth> firstHalf = scored.stream().filter(month -> month.getMonthValue() <= 6).toList();
                PeriodScorer.Scored interim = scorer.score(input.year() + "-H1", entriesIn(byMonth, firstHalf), zeroed);
                PeriodScorer.Scored whole = scorer.score(String.valueOf(input.year()), entriesIn(byMonth, scored), zeroed);
                yield new Year(whole.sections(), whole.total(),
                        List.of(new PeriodScore(input.year() + "-H1", interim.total().toDecimal(2)), period(whole, input.year())),
                        List.of(), interim.total().toDecimal(2), List.of(interim.explanation(), whole.explanation()));
            }
            case MONTHLY_AVERAGE -> {
                List<PeriodScorer.Scored> months = scoreMonths(scorer, byMonth, scored, zeroed);
                Map<String, Rational> mean = mean(input.scheme(), months.stream().map(PeriodScorer.Scored::sections).toList());
                yield new Year(mean, total(mean), periods(months, scored), List.of(), null,
                        months.stream().map(PeriodScorer.Scored::explanation).toList());
            }
            case QUARTERLY_OF_MONTHLY -> {
                List<PeriodScorer.Scored> months = scoreMonths(scorer, byMonth, scored, zeroed);
                List<Map<String, Rational>> quarterMeans = new ArrayList<>();
                List<PeriodScore> quarters = new ArrayList<>();
                List<Explanation> quarterNodes = new ArrayList<>();
                for (int quarter = 1; quarter <= 4; quarter++) {
                    List<PeriodScorer.Scored> inQuarter = new ArrayList<>();
                    for (int i = 0; i < scored.size(); i++) {
                        if ((scored.get(i).getMonthValue() - 1) / 3 + 1 == quarter) {
                            inQuarter.add(months.get(i));
                        }
                    }
                    if (inQuarter.isEmpty()) {
                        continue;
                    }
                    Map<String, Rational> mean = mean(input.scheme(), inQuarter.stream().map(PeriodScorer.Scored::sections).toList());
                    quarterMeans.add(mean);
                    String label = input.year() + "-Q" + quarter;
                    quarters.add(new PeriodScore(label, total(mean).toDecimal(2)));
                    if (explain) {
                        quarterNodes.add(Explanation.of(Kind.MEAN, label, total(mean), inQuarter.size() + " months",
                                inQuarter.stream().map(PeriodScorer.Scored::explanation).toList()));
                    }
                }
                Map<String, Rational> mean = mean(input.scheme(), quarterMeans);
                yield new Year(mean, total(mean), periods(months, scored), quarters, null, quarterNodes);
            }
        };
    }

    private PeriodScorer scorerFor(Scheme scheme) {
        Prepared prepared = last;
        if (prepared == null || prepared.scheme() != scheme) {
            prepared = new Prepared(scheme, new PeriodScorer(scheme, explain));
            last = prepared;
        }
        return prepared.scorer();
    }

    private static List<PeriodScorer.Scored> scoreMonths(PeriodScorer scorer, Map<YearMonth, List<Entry>> byMonth,
            List<YearMonth> scored, Set<String> zeroed) {
        return scored.stream().map(month -> {
            List<Entry> entries = entriesIn(byMonth, List.of(month));
            PeriodScorer.Scored score = scorer.score(month.toString(), entries, zeroed);
            return scorer.monthVeto(entries).map(trigger -> scorer.zeroed(score, trigger)).orElse(score);
        }).toList();
    }

    private static List<Entry> entriesIn(Map<YearMonth, List<Entry>> byMonth, List<YearMonth> months) {
        List<Entry> entries = new ArrayList<>();
        months.forEach(month -> entries.addAll(byMonth.getOrDefault(month, List.of())));
        return entries;
    }

    private static PeriodScore period(PeriodScorer.Scored scored, int year) {
        return new PeriodScore(String.valueOf(year), scored.total().toDecimal(2));
    }

    private static List<PeriodScore> periods(List<PeriodScorer.Scored> months, List<YearMonth> scored) {
        List<PeriodScore> periods = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            periods.add(new PeriodScore(scored.get(i).toString(), months.get(i).total().toDecimal(2)));
        }
        return periods;
    }

    /** Section by section, the mean over the periods (all zero when there is none). */
    private static Map<String, Rational> mean(Scheme scheme, List<Map<String, Rational>> periods) {
        Map<String, Rational> mean = new LinkedHashMap<>();
        for (Section section : scheme.sections()) {
            Rational sum = periods.stream().map(period -> period.get(section.code())).reduce(Rational.ZERO, Rational::plus);
            mean.put(section.code(), periods.isEmpty() ? Rational.ZERO : sum.dividedBy(Rational.of(periods.size())));
        }
        return mean;
    }

    private static Rational total(Map<String, Rational> sections) {
        return sections.values().stream().reduce(Rational.ZERO, Rational::plus);
    }

    private static Rational sum(Map<String, Rational> sections, Predicate<String> which) {
        return sections.entrySet().stream().filter(entry -> which.test(entry.getKey())).map(Map.Entry::getValue)
            .reduce(Rational.ZERO, Rational::plus);
    }

    /** Σ(count × weight) ÷ ballots × 100 (seed 001); none without ballots. */
    static @Nullable Rational evaluation(@Nullable Ballots ballots, Scheme.BallotWeights weights) {
        if (ballots == null || ballots.good() + ballots.average() + ballots.poor() == 0) {
            return null;
        }
        Rational points = Rational.of(ballots.good()).times(Rational.of(weights.good()))
            .plus(Rational.of(ballots.average()).times(Rational.of(weights.average())))
            .plus(Rational.of(ballots.poor()).times(Rational.of(weights.poor())));
        return points.dividedBy(Rational.of(ballots.good() + ballots.average() + ballots.poor())).times(HUNDRED);
    }

    private static String grade(List<GradeBand> bands, Rational score) {
        return bands.stream().filter(band -> band.min() == null || score.compareTo(Rational.of(band.min())) >= 0)
            .findFirst().map(GradeBand::grade).orElseGet(() -> lowest(bands));
    }

    private static String lowest(List<GradeBand> bands) {
        return bands.getLast().grade();
    }
}
