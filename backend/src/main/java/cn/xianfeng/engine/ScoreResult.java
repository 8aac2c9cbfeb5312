package cn.xianfeng.engine;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A member's scored year.
 *
 * @param periods    each period's total as scored (months, or the year, or the first half then the year)
 * @param quarters   quarter means, for QUARTERLY_OF_MONTHLY
 * @param interim    the first half year's score, for HALF_YEAR (for information; the year decides)
 * @param yearScore  the sections aggregated over the year, before weights and the evaluation
 * @param evaluation the democratic evaluation (0–100), if there were ballots
 * @param annual     the annual score, rounded half-up to two decimals; {@code exactAnnual} unrounded
 * @param grade      the grade by the bands (the lowest where a veto forces it)
 * @param explanation every step, unless scored {@link ScoringEngine#withoutExplanations() without explanations}
 */
public record ScoreResult(List<PeriodScore> periods, List<PeriodScore> quarters, @Nullable BigDecimal interim,
        BigDecimal yearScore, @Nullable BigDecimal evaluation, BigDecimal annual, Rational exactAnnual, String grade,
        List<String> vetoes, @Nullable Explanation explanation) {

    public ScoreResult {
        periods = List.copyOf(periods);
        quarters = List.copyOf(quarters);
        vetoes = List.copyOf(vetoes);
    }

    public record PeriodScore(String period, BigDecimal total) {
    }
}
