package cn.xianfeng.engine;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Why a score is what it is, as a tree: the annual score, its parts and periods, each section and item, and
 * under them every entry counted and every cut, drop, veto, weight and rounding. Points are shown to two
 * decimals (half-up); {@code label} is the scheme's own name for the thing, {@code detail} how it was reckoned.
 */
public record Explanation(Kind kind, String label, @Nullable BigDecimal points, @Nullable String detail,
        List<Explanation> children) {

    public Explanation {
        children = List.copyOf(children);
    }

    public enum Kind {
        ANNUAL, PART, EVALUATION, PERIOD, EXEMPT_MONTH, SECTION, START_FULL, ITEM, ENTRY, HIGHEST_ONLY_DROP,
        OCCURRENCE_LIMIT, ITEM_CAP, SECTION_CAP, FLOOR, VETO, MEAN, WEIGHT, ROUNDING, GRADE
    }

    static Explanation of(Kind kind, String label, @Nullable Rational points, @Nullable String detail,
            List<Explanation> children) {
        return new Explanation(kind, label, points == null ? null : points.toDecimal(2), detail, children);
    }

    /** Depth-first, this node included. */
    public java.util.stream.Stream<Explanation> flatten() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(this), children.stream().flatMap(Explanation::flatten));
    }
}
