package cn.xianfeng.schemes.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.xianfeng.web.XianfengException.FieldCode;

/**
 * A derived scheme refines its parent within the parent's frame (domain.md §3, seeds 000 and 002): it keeps
 * every mandatory item and gives an item with bounds only points within them. Anything else it may add or
 * change. Problems point at the derived document's elements.
 */
@Component
class Derivation {

    List<FieldCode> problems(SchemeDocument parent, SchemeDocument derived) {
        Map<String, String> derivedItemPaths = new HashMap<>();
        Map<String, SchemeDocument.Item> derivedItems = new HashMap<>();
        for (int s = 0; s < derived.sections().size(); s++) {
            List<SchemeDocument.Item> items = derived.sections().get(s).items();
            for (int i = 0; i < items.size(); i++) {
                derivedItemPaths.put(items.get(i).code(), "sections[" + s + "].items[" + i + "]");
                derivedItems.put(items.get(i).code(), items.get(i));
            }
        }
        List<FieldCode> problems = new ArrayList<>();
        for (SchemeDocument.Section section : parent.sections()) {
            for (SchemeDocument.Item item : section.items()) {
                SchemeDocument.Item refined = derivedItems.get(item.code());
                if (refined == null) {
                    if (item.isMandatory()) {
                        problems.add(new FieldCode(sectionPath(derived, section.code()), "scheme.derived.mandatory-removed",
                                item.name(), item.code()));
                    }
                } else if (item.bounds() != null) {
                    withinBounds(refined.rule(), item.bounds(), derivedItemPaths.get(item.code()) + ".rule", problems);
                }
            }
        }
        return problems;
    }

    private static void withinBounds(SchemeDocument.Rule rule, SchemeDocument.Bounds bounds, String at, List<FieldCode> problems) {
        check(rule.points(), bounds, at + ".points", problems);
        check(rule.min(), bounds, at + ".min", problems);
        check(rule.max(), bounds, at + ".max", problems);
        if (rule.levels() != null) {
            for (int l = 0; l < rule.levels().size(); l++) {
                check(rule.levels().get(l).points(), bounds, at + ".levels[" + l + "].points", problems);
            }
        }
    }

    private static void check(BigDecimal points, SchemeDocument.Bounds bounds, String at, List<FieldCode> problems) {
        if (points != null && (points.compareTo(bounds.min()) < 0 || points.compareTo(bounds.max()) > 0)) {
            problems.add(new FieldCode(at, "scheme.derived.outside-bounds", points.toPlainString(), bounds.min().toPlainString(),
                    bounds.max().toPlainString()));
        }
    }

    /** Where the removed item would be: its section in the derived scheme, if it kept the section. */
    private static String sectionPath(SchemeDocument derived, String sectionCode) {
        for (int s = 0; s < derived.sections().size(); s++) {
            if (derived.sections().get(s).code().equals(sectionCode)) {
                return "sections[" + s + "].items";
            }
        }
        return "sections";
    }
}
