package cn.xianfeng.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.engine.Explanation.Kind;
import cn.xianfeng.engine.ScoringInput.Entry;
import cn.xianfeng.engine.Scheme.Item;
import cn.xianfeng.engine.Scheme.Rule;
import cn.xianfeng.engine.Scheme.Section;
import cn.xianfeng.engine.Scheme.SectionKind;
import cn.xianfeng.engine.Scheme.StartMode;

/**
 * Scores one period (a month, a half year or a year) section by section: entries to points, highest-only
 * groups, occurrence limits, item caps, the section's start, cap and floor, and zeroed sections.
 */
final class PeriodScorer {

    /** Entries in a stable order, so that the order they arrive in never matters. */
    static final Comparator<Entry> ORDER = (a, b) -> {
        int byMonth = a.month().compareTo(b.month());
        return byMonth != 0 ? byMonth : a.id().compareTo(b.id());
    };

    private final Scheme scheme;
    /** Off for bulk scoring: the same numbers without building the tree (it can be rebuilt on demand). */
    private final boolean explain;
    /** Each item code's position in the scheme's items: a period's entries are grouped by it, in an array. */
    private final Map<String, Integer> positions = new HashMap<>();
    /** For each of the scheme's sections, in order, the positions of its items. */
    private final int[][] sectionItems;
    private final boolean anyHighestOnly;
    private final Set<String> monthVetoTriggers = new HashSet<>();

    PeriodScorer(Scheme scheme, boolean explain) {
        this.scheme = scheme;
        this.explain = explain;
        List<Item> items = scheme.items();
        for (int position = 0; position < items.size(); position++) {
            positions.put(items.get(position).code(), position);
        }
        sectionItems = scheme.sections().stream().map(section -> IntStream.range(0, items.size())
            .filter(position -> items.get(position).section().equals(section.code())).toArray()).toArray(int[][]::new);
        anyHighestOnly = items.stream().anyMatch(item -> item.highestOnlyGroup() != null);
        scheme.vetoes().stream().filter(veto -> veto.effects().contains(Scheme.VetoEffect.ZERO_MONTH))
            .forEach(veto -> monthVetoTriggers.add(veto.trigger()));
    }

    /** The trigger of a ZERO_MONTH veto among a month's entries, if any. */
    Optional<String> monthVeto(List<Entry> entries) {
        if (monthVetoTriggers.isEmpty()) {
            return Optional.empty();
        }
        return entries.stream().map(Entry::item).filter(monthVetoTriggers::contains).sorted().findFirst();
    }

    /** The period scored zero by a veto: every section at 0, the tree as it was plus the veto's cut. */
    Scored zeroed(Scored period, String trigger) {
        Map<String, Rational> sections = new LinkedHashMap<>();
        period.sections().keySet().forEach(code -> sections.put(code, Rational.ZERO));
        if (!explain) {
            return new Scored(sections, Rational.ZERO, null);
        }
        List<Explanation> nodes = new ArrayList<>(period.explanation().children());
        nodes.add(Explanation.of(Kind.VETO, trigger, period.total().negate(), "ZERO_MONTH", List.of()));
        return new Scored(sections, Rational.ZERO, Explanation.of(Kind.PERIOD, period.explanation().label(), Rational.ZERO, null, nodes));
    }

    /** The scheme's item of this code; an entry of another is a mistake of the caller's. */
    Item itemOf(String code) {
        return scheme.items().get(position(code));
    }

    private int position(String code) {
        Integer position = positions.get(code);
        if (position == null) {
            throw new IllegalArgumentException("Unknown item " + code);
        }
        return position;
    }

    /** A period's sections and total; the explanation is null when not explaining. */
    record Scored(Map<String, Rational> sections, Rational total, @Nullable Explanation explanation) {
    }

    Scored score(String label, List<Entry> entries, Set<String> zeroedSections) {
        List<Entry> ordered = entries.stream().sorted(ORDER).toList();
        Set<Entry> dropped = anyHighestOnly ? highestOnlyDrops(ordered) : Set.of();
        @SuppressWarnings("unchecked")
        List<Entry>[] byItem = new List[scheme.items().size()];
        for (Entry entry : ordered) {
            int position = position(entry.item());
            if (byItem[position] == null) {
                byItem[position] = new ArrayList<>();
            }
            byItem[position].add(entry);
        }
        Map<String, Rational> sections = new LinkedHashMap<>();
        List<Explanation> nodes = new ArrayList<>();
        Rational total = Rational.ZERO;
        for (int index = 0; index < scheme.sections().size(); index++) {
            Section section = scheme.sections().get(index);
            List<Explanation> children = new ArrayList<>();
            Rational sum = section.start() == StartMode.START_FULL ? Rational.of(section.cap()) : Rational.ZERO;
            if (section.start() == StartMode.START_FULL) {
                Rational base = sum;
                note(children, () -> Explanation.of(Kind.START_FULL, section.name(), base, null, List.of()));
            }
            for (int position : sectionItems[index]) {
                List<Entry> ofItem = byItem[position];
                if (ofItem != null) {
                    ItemScore itemScore = item(scheme.items().get(position), ofItem, dropped);
                    sum = sum.plus(itemScore.points());
                    note(children, itemScore::explanation);
                }
            }
            sum = bounded(section, sum, children);
            if (zeroedSections.contains(section.code()) && sum.signum() != 0) {
                Rational zeroed = sum.negate();
                note(children, () -> Explanation.of(Kind.VETO, section.name(), zeroed, "ZERO_SECTION", List.of()));
                sum = Rational.ZERO;
            }
            sections.put(section.code(), sum);
            total = total.plus(sum);
            Rational sectionTotal = sum;
            note(nodes, () -> Explanation.of(Kind.SECTION, section.name(), sectionTotal, section.code(), children));
        }
        return new Scored(sections, total, explain ? Explanation.of(Kind.PERIOD, label, total, null, nodes) : null);
    }

    /** The section's cap (for a deduction section: the most it takes) and floor. */
    private Rational bounded(Section section, Rational sum, List<Explanation> children) {
        Rational result = sum;
        if (section.cap() != null) {
            Rational cap = Rational.of(section.cap());
            Rational capped = section.kind() == SectionKind.DEDUCTION ? result.max(cap.negate()) : result.min(cap);
            if (!capped.equals(result)) {
                Rational cut = capped.minus(result);
                note(children, () -> Explanation.of(Kind.SECTION_CAP, section.name(), cut, "cap " + section.cap(), List.of()));
                result = capped;
            }
        }
        BigDecimal floor = section.floor() != null ? section.floor()
                : section.kind() == SectionKind.DEDUCTION ? null : BigDecimal.ZERO;
        if (floor != null && result.compareTo(Rational.of(floor)) < 0) {
            Rational raised = Rational.of(floor).minus(result);
            note(children, () -> Explanation.of(Kind.FLOOR, section.name(), raised, "floor " + floor, List.of()));
            result = Rational.of(floor);
        }
        return result;
    }

    private record ItemScore(Rational points, @Nullable Explanation explanation) {
    }

    private void note(List<Explanation> into, java.util.function.Supplier<@Nullable Explanation> node) {
        if (explain) {
            into.add(node.get());
        }
    }

    private ItemScore item(Item item, List<Entry> entries, Set<Entry> dropped) {
        List<Explanation> children = new ArrayList<>();
        Rational sum = Rational.ZERO;
        BigDecimal occurrencesLeft = item.maxOccurrences() == null ? null : BigDecimal.valueOf(item.maxOccurrences());
        for (Entry entry : entries) {
            Rational raw = raw(item.rule(), entry);
            // An entry's hash covers all its fields: not worth computing when nothing was dropped, as is usual.
            if (!dropped.isEmpty() && dropped.contains(entry)) {
                note(children, () -> Explanation.of(Kind.HIGHEST_ONLY_DROP, entry.id(), raw, describe(item.rule(), entry), List.of()));
                continue;
            }
            note(children, () -> Explanation.of(Kind.ENTRY, entry.id(), raw, describe(item.rule(), entry), List.of()));
            Rational counted = raw;
            if (occurrencesLeft != null) {
                BigDecimal occurrences = occurrences(item.rule(), entry);
                BigDecimal countable = occurrences.min(occurrencesLeft);
                occurrencesLeft = occurrencesLeft.subtract(countable);
                if (countable.compareTo(occurrences) < 0) {
                    counted = raw.times(Rational.of(countable)).dividedBy(Rational.of(occurrences));
                    Rational cut = counted.minus(raw);
                    note(children, () -> Explanation.of(Kind.OCCURRENCE_LIMIT, entry.id(), cut,
                            "max " + item.maxOccurrences(), List.of()));
                }
            }
            sum = sum.plus(counted);
        }
        if (item.cap() != null && sum.abs().compareTo(Rational.of(item.cap())) > 0) {
            Rational capped = sum.signum() < 0 ? Rational.of(item.cap()).negate() : Rational.of(item.cap());
            Rational cut = capped.minus(sum);
            note(children, () -> Explanation.of(Kind.ITEM_CAP, item.name(), cut, "cap " + item.cap(), List.of()));
            sum = capped;
        }
        return new ItemScore(sum, explain ? Explanation.of(Kind.ITEM, item.name(), sum, item.code(), children) : null);
    }

    /**
     * In each highest-only group, entries naming the same achievement count once: the one worth most (in
     * magnitude), the earliest of equals; the others are dropped.
     */
    private Set<Entry> highestOnlyDrops(List<Entry> ordered) {
        Map<List<@Nullable String>, Entry> kept = new LinkedHashMap<>();
        Set<Entry> dropped = new HashSet<>();
        for (Entry entry : ordered) {
            Item item = itemOf(entry);
            if (item.highestOnlyGroup() == null) {
                continue;
            }
            List<@Nullable String> key = java.util.Arrays.asList(item.highestOnlyGroup(), entry.achievement());
            Entry best = kept.get(key);
            if (best == null) {
                kept.put(key, entry);
            } else if (raw(item.rule(), entry).abs().compareTo(raw(itemOf(best).rule(), best).abs()) > 0) {
                dropped.add(best);
                kept.put(key, entry);
            } else {
                dropped.add(entry);
            }
        }
        return dropped;
    }

    private Item itemOf(Entry entry) {
        return itemOf(entry.item());
    }

    static Rational raw(Rule rule, Entry entry) {
        if (entry.awarded() != null) {
            return Rational.of(entry.awarded());
        }
        return switch (rule) {
            case Rule.Fixed fixed -> Rational.of(fixed.points());
            case Rule.PerOccurrence perOccurrence -> Rational.of(perOccurrence.points()).times(Rational.of(entry.quantity()));
            case Rule.PerHour perHour -> Rational.of(perHour.points()).times(Rational.of(entry.quantity()));
            case Rule.Range range -> {
                if (entry.points() == null || entry.points().compareTo(range.min()) < 0 || entry.points().compareTo(range.max()) > 0) {
                    throw new IllegalArgumentException("Entry " + entry.id() + " needs points within [" + range.min() + ", "
                            + range.max() + "]");
                }
                yield Rational.of(entry.points());
            }
            case Rule.Levels levels -> {
                BigDecimal points = entry.level() == null ? null : levels.points().get(entry.level());
                if (points == null) {
                    throw new IllegalArgumentException("Entry " + entry.id() + " names no known level: " + entry.level());
                }
                yield Rational.of(points);
            }
        };
    }

    private static BigDecimal occurrences(Rule rule, Entry entry) {
        return rule instanceof Rule.PerOccurrence ? entry.quantity() : BigDecimal.ONE;
    }

    private static String describe(Rule rule, Entry entry) {
        if (entry.awarded() != null) {
            return "awarded " + entry.awarded().toPlainString();
        }
        return switch (rule) {
            case Rule.Fixed fixed -> fixed.points().toPlainString();
            case Rule.PerOccurrence perOccurrence -> perOccurrence.points().toPlainString() + " × " + entry.quantity().toPlainString();
            case Rule.PerHour perHour -> perHour.points().toPlainString() + " × " + entry.quantity().toPlainString() + " h";
            case Rule.Range range -> "[" + range.min().toPlainString() + ", " + range.max().toPlainString() + "]";
            case Rule.Levels levels -> String.valueOf(entry.level());
        };
    }
}
