package cn.xianfeng.scoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.schemes.SchemeItem;
import cn.xianfeng.web.XianfengException.FieldCode;

/**
 * What an entry of an item must say, whoever records it: a count or hours for counted items, points within the
 * range for RANGE items, one of the levels for LEVELS items.
 */
final class ItemValues {

    private ItemValues() {
    }

    static List<FieldCode> problems(SchemeItem item, @Nullable BigDecimal quantity, @Nullable BigDecimal points, @Nullable String level) {
        List<FieldCode> problems = new ArrayList<>();
        if (item.counted() && quantity == null) {
            problems.add(new FieldCode("quantity", item.ruleType() == SchemeItem.RuleType.PER_HOUR ? "entry.hours.required"
                    : "entry.quantity.required"));
        }
        if (item.ruleType() == SchemeItem.RuleType.RANGE) {
            if (points == null) {
                problems.add(new FieldCode("points", "entry.points.required", plain(item.min()), plain(item.max())));
            } else if (points.compareTo(item.min()) < 0 || points.compareTo(item.max()) > 0) {
                problems.add(new FieldCode("points", "entry.points.range", plain(points), plain(item.min()), plain(item.max())));
            }
        }
        if (item.ruleType() == SchemeItem.RuleType.LEVELS && (level == null || !item.levels().contains(level))) {
            problems.add(new FieldCode("level", "entry.level.unknown", String.join("、", item.levels())));
        }
        return problems;
    }

    /** A value given that the item's rule does not take: a count for a fixed item, points outside a range rule. */
    static List<FieldCode> unused(SchemeItem item, @Nullable BigDecimal quantity, @Nullable BigDecimal points, @Nullable String level) {
        List<FieldCode> problems = new ArrayList<>();
        if (quantity != null && !item.counted()) {
            problems.add(new FieldCode("quantity", "entry.quantity.not-counted"));
        }
        if (points != null && item.ruleType() != SchemeItem.RuleType.RANGE) {
            problems.add(new FieldCode("points", "entry.points.not-ranged"));
        }
        if (level != null && item.ruleType() != SchemeItem.RuleType.LEVELS) {
            problems.add(new FieldCode("level", "entry.level.not-levelled"));
        }
        return problems;
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** The count an item's entry carries: what was given for counted items, else one. */
    static BigDecimal quantity(SchemeItem item, @Nullable BigDecimal quantity) {
        return item.counted() && quantity != null ? quantity : BigDecimal.ONE;
    }

    /** Points are kept only where the rule takes them, levels only where it has levels. */
    static @Nullable BigDecimal points(SchemeItem item, @Nullable BigDecimal points) {
        return item.ruleType() == SchemeItem.RuleType.RANGE ? points : null;
    }

    static @Nullable String level(SchemeItem item, @Nullable String level) {
        return item.ruleType() == SchemeItem.RuleType.LEVELS ? level : null;
    }
}
