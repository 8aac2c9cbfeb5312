package cn.xianfeng.schemes.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What changed between two scheme documents (version ↔ version, parent ↔ derived), element by element.
 * Lists of sections, items, levels, vetoes and grades are matched by their code (or level, trigger, grade),
 * so a reordering is not a change; paths read like {@code sections[STUDY].items[P1-ROLE].rule.max}.
 */
@Component
class SchemeDiff {

    private static final List<String> KEYS = List.of("code", "level", "trigger", "grade", "name");

    private final JsonMapper json;

    SchemeDiff(JsonMapper json) {
        this.json = json;
    }

    List<Change> between(SchemeDocument from, SchemeDocument to) {
        List<Change> changes = new ArrayList<>();
        compare("", json.valueToTree(from), json.valueToTree(to), changes);
        return changes;
    }

    private static void compare(String path, @Nullable JsonNode from, @Nullable JsonNode to, List<Change> changes) {
        boolean fromMissing = from == null || from.isNull() || from.isMissingNode();
        boolean toMissing = to == null || to.isNull() || to.isMissingNode();
        if (fromMissing && toMissing) {
            return;
        }
        if (fromMissing || toMissing) {
            changes.add(new Change(path, fromMissing ? Kind.ADDED : Kind.REMOVED, fromMissing ? null : from, toMissing ? null : to));
        } else if (from.isObject() && to.isObject()) {
            Set<String> names = new LinkedHashSet<>(from.propertyNames());
            names.addAll(to.propertyNames());
            for (String name : names) {
                compare(path.isEmpty() ? name : path + "." + name, from.get(name), to.get(name), changes);
            }
        } else if (from.isArray() && to.isArray() && keyOf(from, to) != null) {
            String key = keyOf(from, to);
            Map<String, JsonNode> before = byKey(from, key);
            Map<String, JsonNode> after = byKey(to, key);
            Set<String> keys = new LinkedHashSet<>(before.keySet());
            keys.addAll(after.keySet());
            for (String element : keys) {
                compare(path + "[" + element + "]", before.get(element), after.get(element), changes);
            }
        } else if (!same(from, to)) {
            changes.add(new Change(path, Kind.CHANGED, from, to));
        }
    }

    private static boolean same(JsonNode from, JsonNode to) {
        if (from.isNumber() && to.isNumber()) {
            return from.decimalValue().compareTo(to.decimalValue()) == 0;
        }
        return from.equals(to);
    }

    /** The field that names the elements of both lists, if they are lists of named objects. */
    private static @Nullable String keyOf(JsonNode from, JsonNode to) {
        for (String key : KEYS) {
            if (allHave(from, key) && allHave(to, key)) {
                return key;
            }
        }
        return null;
    }

    private static boolean allHave(JsonNode array, String key) {
        for (JsonNode element : array) {
            if (!element.isObject() || !element.hasNonNull(key)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonNode> byKey(JsonNode array, String key) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        array.forEach(element -> map.put(element.get(key).asString(), element));
        return map;
    }

    enum Kind { ADDED, REMOVED, CHANGED }

    record Change(String path, Kind kind,
            @Schema(implementation = Object.class, description = "The element before (absent when added)") @Nullable JsonNode before,
            @Schema(implementation = Object.class, description = "The element after (absent when removed)") @Nullable JsonNode after) {
    }
}
