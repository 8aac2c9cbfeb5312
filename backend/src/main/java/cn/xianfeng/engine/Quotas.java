package cn.xianfeng.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The cap on a top grade (domain.md §3): at most floor(numerator / denominator × graded) members — exact
 * arithmetic, never floating point — and only the eligible: not vetoed, at or above the minimum score, within
 * the branch's top N. Candidates are ranked by the declared tie-break order (then by id, so the result is always
 * the same); those over the cap, or not eligible, fall to the next grade, flagged.
 */
public final class Quotas {

    private Quotas() {
    }

    public enum TieBreak { ANNUAL_SCORE, EVALUATION, FEWER_DEDUCTIONS }

    public enum Flag { OVER_QUOTA, VETOED, BELOW_MINIMUM, OUTSIDE_TOP_N }

    /** A graded member (exempt members and activists are not candidates and not counted). */
    public record Candidate(String id, Rational annual, @Nullable Rational evaluation, Rational deductions, String grade,
            boolean vetoed) {
    }

    /**
     * @param grade     the capped grade, e.g. 优秀
     * @param nextGrade the grade those who do not make it get, e.g. 合格
     */
    public record Rule(String grade, String nextGrade, @Nullable Integer numerator, @Nullable Integer denominator,
            @Nullable Integer topN, @Nullable BigDecimal minScore, List<TieBreak> tieBreak) {

        public Rule {
            tieBreak = List.copyOf(tieBreak);
        }
    }

    public record Placement(String id, String grade, @Nullable Flag flag) {
    }

    /** floor(numerator / denominator × graded), exactly. */
    public static int cap(int graded, int numerator, int denominator) {
        return BigInteger.valueOf(graded).multiply(BigInteger.valueOf(numerator)).divide(BigInteger.valueOf(denominator)).intValueExact();
    }

    public static List<Placement> apply(List<Candidate> candidates, Rule rule) {
        Comparator<Candidate> order = order(rule.tieBreak());
        List<Candidate> ranked = candidates.stream().sorted(order).toList();
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            rank.put(ranked.get(i).id(), i + 1);
        }
        int cap = rule.numerator() == null ? Integer.MAX_VALUE : cap(candidates.size(), rule.numerator(), rule.denominator());
        int granted = 0;
        Map<String, Placement> placements = new HashMap<>();
        for (Candidate candidate : ranked) {
            if (!candidate.grade().equals(rule.grade())) {
                placements.put(candidate.id(), new Placement(candidate.id(), candidate.grade(), null));
                continue;
            }
            Flag ineligible = candidate.vetoed() ? Flag.VETOED
                    : rule.minScore() != null && candidate.annual().compareTo(Rational.of(rule.minScore())) < 0 ? Flag.BELOW_MINIMUM
                    : rule.topN() != null && rank.get(candidate.id()) > rule.topN() ? Flag.OUTSIDE_TOP_N
                    : granted >= cap ? Flag.OVER_QUOTA : null;
            if (ineligible == null) {
                granted++;
                placements.put(candidate.id(), new Placement(candidate.id(), rule.grade(), null));
            } else {
                placements.put(candidate.id(), new Placement(candidate.id(), rule.nextGrade(), ineligible));
            }
        }
        List<Placement> result = new ArrayList<>();
        candidates.forEach(candidate -> result.add(placements.get(candidate.id())));
        return result;
    }

    private static Comparator<Candidate> order(List<TieBreak> tieBreak) {
        Comparator<Candidate> order = (a, b) -> 0;
        for (TieBreak key : tieBreak) {
            order = order.thenComparing(switch (key) {
                case ANNUAL_SCORE -> Comparator.comparing(Candidate::annual).reversed();
                case EVALUATION -> Comparator.comparing(Candidate::evaluation, Comparator.nullsLast(Comparator.<Rational>reverseOrder()));
                case FEWER_DEDUCTIONS -> Comparator.comparing(Candidate::deductions);
            });
        }
        return order.thenComparing(Candidate::id);
    }
}
