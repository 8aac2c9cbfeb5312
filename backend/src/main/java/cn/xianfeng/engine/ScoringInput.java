package cn.xianfeng.engine;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One member's year to score.
 *
 * @param months       the months of the year being scored (e.g. January to the current month)
 * @param exemptMonths months under an approved exemption: never scored, never in a mean
 * @param ballots      the democratic evaluation's tally, if held
 */
public record ScoringInput(Scheme scheme, int year, Set<YearMonth> months, Set<YearMonth> exemptMonths,
        List<Entry> entries, @Nullable Ballots ballots) {

    public ScoringInput {
        months = Set.copyOf(months);
        exemptMonths = Set.copyOf(exemptMonths);
        entries = List.copyOf(entries);
    }

    /** All twelve months of the year. */
    public static Set<YearMonth> wholeYear(int year) {
        return java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(month -> YearMonth.of(year, month))
            .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * A ledger entry as the engine sees it.
     *
     * @param quantity    the count (per occurrence) or hours (per hour); 1 otherwise
     * @param level       the level, for a LEVELS rule
     * @param points      the points a reviewer decided, for a RANGE rule
     * @param achievement what the entry is for, so that the same achievement counts once in a highest-only group
     * @param awarded     points a reviewer awarded in place of the rule's (调整, with a reason on the ledger); the
     *                    item's limits and caps still apply
     */
    public record Entry(String id, String item, YearMonth month, BigDecimal quantity, @Nullable String level,
            @Nullable BigDecimal points, @Nullable String achievement, @Nullable BigDecimal awarded) {

        public Entry(String id, String item, YearMonth month, BigDecimal quantity, @Nullable String level,
                @Nullable BigDecimal points, @Nullable String achievement) {
            this(id, item, month, quantity, level, points, achievement, null);
        }

        public static Entry of(String id, String item, YearMonth month, long quantity) {
            return new Entry(id, item, month, BigDecimal.valueOf(quantity), null, null, null);
        }
    }

    public record Ballots(long good, long average, long poor) {
    }
}
