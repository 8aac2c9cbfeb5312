package cn.xianfeng.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A scoring scheme as the engine needs it (domain.md §3): sections with their items and rules, vetoes, how
 * months make a year, how parts are weighted into the annual score, ballots, and grade bands. Checked for
 * consistency where it is edited; the engine trusts it.
 */
public record Scheme(List<Section> sections, List<Item> items, List<Veto> vetoes, Aggregation aggregation,
        Composition composition, BallotWeights ballotWeights, List<GradeBand> grades) {

    public Scheme {
        sections = List.copyOf(sections);
        items = List.copyOf(items);
        vetoes = List.copyOf(vetoes);
        grades = List.copyOf(grades);
    }

    public Optional<Item> item(String code) {
        return items.stream().filter(item -> item.code().equals(code)).findFirst();
    }

    public enum SectionKind { BASE, DUTY, BONUS, DEDUCTION }

    /** {@code ACCUMULATE} starts a period at 0; {@code START_FULL} at the cap, and deductions subtract. */
    public enum StartMode { ACCUMULATE, START_FULL }

    /**
     * @param cap   the most a period may score in this section (for a deduction section: the most it may take)
     * @param floor the least a period may score; default 0 except for deduction sections
     */
    public record Section(String code, String name, SectionKind kind, @Nullable BigDecimal cap, @Nullable BigDecimal floor,
            StartMode start) {
    }

    /**
     * @param cap              the most (in magnitude) the item may count in one period
     * @param maxOccurrences   how many occurrences count in one period
     * @param highestOnlyGroup entries of items in the same group naming the same achievement count once, at the highest
     */
    public record Item(String code, String name, String section, Rule rule, @Nullable BigDecimal cap,
            @Nullable Integer maxOccurrences, @Nullable String highestOnlyGroup) {
    }

    /** How an entry turns into points. Deduction items have negative points. */
    public sealed interface Rule {

        /** A fixed number of points per entry (按时足额交纳党费 5分). */
        record Fixed(BigDecimal points) implements Rule {
        }

        /** Points times the entry's count (三会一课 每次1分). */
        record PerOccurrence(BigDecimal points) implements Rule {
        }

        /** Points times the entry's hours (志愿服务 2分/小时). */
        record PerHour(BigDecimal points) implements Rule {
        }

        /** A reviewer decides the points within [min, max] (酌情加2-5分). */
        record Range(BigDecimal min, BigDecimal max) implements Rule {
        }

        /** Points by the entry's level (表彰: 市级5 / 区级4 …). */
        record Levels(Map<String, BigDecimal> points) implements Rule {

            public Levels {
                points = Map.copyOf(points);
            }
        }
    }

    /**
     * ZERO_MONTH zeroes only the months holding the trigger (seed 002: 受到组织处理的, 月积分为0), so it fits the
     * schemes that score month by month.
     */
    public enum VetoEffect { ZERO_YEAR, ZERO_SECTION, ZERO_MONTH, FORCE_GRADE }

    /** 一票否决: an entry of {@code trigger} in the year has these effects; {@code section} for ZERO_SECTION. */
    public record Veto(String trigger, List<VetoEffect> effects, @Nullable String section) {

        public Veto {
            effects = List.copyOf(effects);
        }
    }

    public enum Aggregation { SUM_YEAR, MONTHLY_AVERAGE, QUARTERLY_OF_MONTHLY, HALF_YEAR }

    /**
     * The annual score: each part's sections times its weight, plus the sections in no part (unweighted), plus
     * the democratic evaluation (0–100) times {@code evaluationWeight}.
     */
    public record Composition(List<WeightedPart> parts, BigDecimal evaluationWeight) {

        public Composition {
            parts = List.copyOf(parts);
        }

        public static Composition unweighted() {
            return new Composition(List.of(), BigDecimal.ZERO);
        }
    }

    public record WeightedPart(String name, List<String> sections, BigDecimal weight) {

        public WeightedPart {
            sections = List.copyOf(sections);
        }
    }

    /** What a 好 / 一般 / 差 ballot is worth (seed 001: 1 / 0.8 / 0.6). */
    public record BallotWeights(BigDecimal good, BigDecimal average, BigDecimal poor) {

        public static BallotWeights standard() {
            return new BallotWeights(BigDecimal.ONE, new BigDecimal("0.8"), new BigDecimal("0.6"));
        }
    }

    /** A grade for scores at or above {@code min}; the lowest band has no minimum. Bands run from the top down. */
    public record GradeBand(String grade, @Nullable BigDecimal min) {
    }
}
