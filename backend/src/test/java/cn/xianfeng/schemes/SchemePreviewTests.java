package cn.xianfeng.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The worked examples of presets.md through the public API: a preset, sample entries and ballots, the preview. */
class SchemePreviewTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Browser admin;

    @BeforeEach
    void signIn() {
        admin = signedIn(onboard("方案试算党委"));
    }

    @Test
    void thePresetLibraryHoldsTheFivePresetsAndTheSeed002Rules() {
        assertThat(admin.get("/api/v1/scheme-presets").json()).extracting(preset -> preset.get("code").asString())
            .containsExactly("monthly-100", "annual-from-zero", "daily-80-evaluation-20", "four-standards", "four-25", "monthly-top-three");
        assertThat(admin.get("/api/v1/scheme-presets/nope").status()).isEqualTo(404);
    }

    @Test
    void p1a() {
        JsonNode scheme = preset("monthly-100");
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            for (String item : fixedItems(scheme, "STUDY", "SERVE", "INNOVATE", "TASKS")) {
                entries.add(entry(item, month));
            }
            switch (month) {
                case 4 -> { }
                case 5 -> entries.add(range("P1-ROLE", month, 6));
                case 6 -> entries.add(range("P1-ROLE", month, 12));
                default -> {
                    entries.add(range("P1-ROLE", month, 20));
                    entries.add(entry("P1-AWARD-COUNTY", month));
                }
            }
        }

        JsonNode result = preview(scheme, entries, Map.of("good", 18, "average", 2, "poor", 0));

        assertThat(result.get("quarters")).extracting(quarter -> quarter.get("total").decimalValue().stripTrailingZeros().toPlainString())
            .containsExactly("92", "76", "92", "92");
        assertThat(result.get("yearScore").decimalValue()).isEqualByComparingTo("88");
        assertThat(result.get("evaluation").decimalValue()).isEqualByComparingTo("98");
        assertThat(result.get("annual").decimalValue()).isEqualByComparingTo("90.00");
        assertThat(result.get("grade").asString()).isEqualTo("优秀");
    }

    @Test
    void p2a() {
        List<Map<String, Object>> entries = List.of(count("P2-MEETING", 3, 45), count("P2-REFLECTION", 3, 6),
                count("P2-LIFE-MEETING", 3, 2), entry("P2-REVIEW-EXCELLENT", 12), count("P2-VOLUNTEER", 3, 12),
                award("P2-AWARD", 5, "市级（省直部门）", "先进个人"), award("P2-AWARD", 6, "省级以上", "先进个人"),
                count("P2-ABSENT", 3, 2));

        JsonNode result = preview(preset("annual-from-zero"), entries, null);

        assertThat(result.get("annual").decimalValue()).isEqualByComparingTo("103");
        assertThat(result.get("grade").asString()).isEqualTo("优秀");
        List<String> cuts = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        walk(result.get("explanation"), node -> {
            if (node.get("kind").asString().equals("SECTION_CAP")) {
                cuts.add(node.get("label").asString() + " " + node.get("points").decimalValue().stripTrailingZeros().toPlainString());
            }
            if (node.get("kind").asString().equals("HIGHEST_ONLY_DROP")) {
                drops.add(node.get("detail").asString());
            }
        });
        assertThat(cuts).containsExactly("参加党的活动 -3", "参加社会实践 -2");
        assertThat(drops).containsExactly("市级（省直部门）");
    }

    @Test
    void p3a() {
        List<Map<String, Object>> entries = new ArrayList<>(List.of(range("P3-STUDY", 6, 14), range("P3-ACHIEVE", 6, 14),
                range("P3-SERVE", 6, 14), range("P3-LAW", 6, 18), range("P3-INTEGRITY", 6, 12)));
        for (int month = 1; month <= 4; month++) {
            entries.add(entry("P3-DISTRICT-ARTICLE", month));
        }

        JsonNode result = preview(preset("daily-80-evaluation-20"), entries, Map.of("good", 10, "average", 5, "poor", 5));

        assertThat(result.get("evaluation").decimalValue()).isEqualByComparingTo("85");
        assertThat(result.get("annual").decimalValue()).isEqualByComparingTo("92");
        assertThat(result.get("grade").asString()).isEqualTo("优秀");
    }

    @Test
    void p5a() {
        JsonNode scheme = preset("four-25");
        List<Map<String, Object>> entries = new ArrayList<>();
        for (JsonNode section : scheme.get("sections")) {
            for (JsonNode item : section.get("items")) {
                if (item.get("rule").get("type").asString().equals("RANGE") && item.get("rule").get("min").intValue() == 0
                        && !section.get("code").asString().equals("BONUS")) {
                    int max = item.get("rule").get("max").intValue();
                    // 25, 25, 24, 25: one point short on the last business item.
                    entries.add(range(item.get("code").asString(), 11, max - (item.get("code").asString().equals("P5-BUSINESS-4") ? 1 : 0)));
                }
            }
        }
        entries.add(entry("P5-AWARD", 9));

        JsonNode result = preview(scheme, entries, null);
        assertThat(result.get("annual").decimalValue()).isEqualByComparingTo("101");
        assertThat(result.get("grade").asString()).isEqualTo("优秀");

        entries.add(entry("P5-KEY-FAILURE", 10));
        JsonNode vetoed = preview(scheme, entries, null);
        assertThat(vetoed.get("annual").decimalValue()).isEqualByComparingTo("77");
        assertThat(vetoed.get("grade").asString()).isEqualTo("差");
    }

    /** P6 (seed 002): each month out of 100, the year their mean; 受到组织处理 zeroes its month only. */
    @Test
    void p6ASanctionedMonthScoresZeroAndTheOthersStillCount() {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            entries.addAll(List.of(count("P6-STUDY-GROUP", month, 2), entry("P6-STUDY-SELF", month), count("P6-LIFE-MEETINGS", month, 2),
                    entry("P6-LIFE-THEME-DAY", month), entry("P6-LIFE-DUES", month), range("P6-DUTY-EXEMPLARY", month, 10),
                    count("P6-DUTY-TASK", month, 1), entry("P6-RIGHTS-DECLARE", month), range("P6-WORK-DUTIES", month, 18),
                    count("P6-SERVE-VOLUNTEER", month, 4)));
        }
        entries.add(count("P6-RULES-LAPSE", 3, 1));
        entries.add(entry("P6-RULES-SANCTIONED", 7));

        JsonNode result = preview(preset("monthly-top-three"), entries, null);

        Map<String, String> months = new LinkedHashMap<>();
        result.get("periods").forEach(period -> months.put(period.get("period").asString(),
                period.get("total").decimalValue().stripTrailingZeros().toPlainString()));
        assertThat(months).containsEntry("2026-01", "87").containsEntry("2026-03", "82").containsEntry("2026-07", "0").hasSize(12);
        assertThat(result.get("annual").decimalValue()).as("(10 × 87 + 82 + 0) / 12").isEqualByComparingTo("79.33");
        assertThat(result.get("grade").asString()).isEqualTo("合格");
        List<String> vetoes = new ArrayList<>();
        walk(result.get("explanation"), node -> {
            if (node.get("kind").asString().equals("VETO") && "ZERO_MONTH".equals(node.get("detail").asString(null))) {
                vetoes.add(node.get("points").decimalValue().stripTrailingZeros().toPlainString());
            }
        });
        assertThat(vetoes).as("the month's 87 points cut").containsExactly("-87");

        assertThat(fieldOf(mutated("annual-from-zero", scheme -> ((ObjectNode) scheme.get("vetoes").get(0)).putArray("effects").add("ZERO_MONTH"))))
            .as("a year scored as one period has no month to zero").containsExactly("vetoes[0].effects");
    }

    @Test
    void ballotCountsAreBoundedByTheVotersSoTheEvaluationStaysWithinZeroToAHundred() {
        JsonNode scheme = preset("daily-80-evaluation-20");

        JsonNode atTheBound = preview(scheme, List.of(), Map.of("good", 1000, "average", 0, "poor", 0));
        JsonNode poorAtTheBound = preview(scheme, List.of(), Map.of("good", 0, "average", 0, "poor", 1000));
        Response overflowing = admin.postJson("/api/v1/schemes/preview", Map.of("scheme", scheme, "year", 2026,
                "ballots", Map.of("good", Long.MAX_VALUE - 1, "average", Long.MAX_VALUE - 1, "poor", 0)));
        Response overTheVoters = admin.postJson("/api/v1/schemes/preview", Map.of("scheme", scheme, "year", 2026,
                "ballots", Map.of("good", 600, "average", 401, "poor", 0)));

        assertThat(atTheBound.get("evaluation").decimalValue()).isEqualByComparingTo("100");
        assertThat(poorAtTheBound.get("evaluation").decimalValue()).isBetween(java.math.BigDecimal.ZERO, new java.math.BigDecimal("100"));
        assertThat(overflowing.status()).isEqualTo(400);
        assertThat(overflowing.json().get("errors").get(0).get("field").asString()).startsWith("ballots.");
        assertThat(overTheVoters.status()).isEqualTo(400);
        assertThat(overTheVoters.json().get("errors").get(0).get("message").asString()).contains("不能超过 1000");
    }

    @Test
    void eachInvalidSchemeIsRefusedWithThePathOfTheOffendingElement() {
        assertThat(fieldOf(mutated("annual-from-zero", scheme -> {
            ObjectNode rule = (ObjectNode) scheme.get("sections").get(4).get("items").get(5).get("rule");
            rule.put("min", -1);
            rule.put("max", -4);
        }))).containsExactly("sections[4].items[5].rule.max");
        assertThat(fieldOf(mutated("annual-from-zero", scheme -> ((ObjectNode) scheme.get("sections").get(0)).put("cap", -60))))
            .containsExactly("sections[0].cap");
        assertThat(fieldOf(mutated("annual-from-zero", scheme -> ((ObjectNode) scheme.get("grades").get(1)).put("min", 95))))
            .containsExactly("grades[1].min");
        assertThat(fieldOf(mutated("monthly-100", scheme -> ((ObjectNode) scheme.get("composition").get("parts").get(0)).put("weight", 0.7))))
            .containsExactly("composition.total");
        assertThat(fieldOf(mutated("annual-from-zero", scheme -> ((ObjectNode) scheme.get("sections").get(2).get("items").get(0).get("rule"))
            .putNull("type")))).containsExactly("sections[2].items[0].rule.type");

        Response message = admin.postJson("/api/v1/schemes/validate", mutated("annual-from-zero", scheme -> {
            ObjectNode rule = (ObjectNode) scheme.get("sections").get(4).get("items").get(5).get("rule");
            rule.put("min", -1);
            rule.put("max", -4);
        }));
        assertThat(message.json().get("errors").get(0).get("message").asString()).isEqualTo("最低分 -1 不能高于最高分 -4。");
        assertThat(admin.postJson("/api/v1/schemes/validate", preset("annual-from-zero")).status()).isEqualTo(204);
        Response inPreview = admin.postJson("/api/v1/schemes/preview", Map.of("year", 2026, "scheme",
                mutated("annual-from-zero", scheme -> ((ObjectNode) scheme.get("sections").get(0)).put("cap", -60))));
        assertThat(inPreview.json().get("errors").get(0).get("field").asString()).as("nested under the request's scheme")
            .isEqualTo("scheme.sections[0].cap");
    }

    @Test
    void badSampleEntriesAreNamedByTheirPlace() {
        Response response = admin.postJson("/api/v1/schemes/preview", Map.of("scheme", preset("daily-80-evaluation-20"), "year", 2026,
                "entries", List.of(entry("NO-SUCH-ITEM", 1), range("P3-LAW", 2, 25), entry("P3-STUDY", 13))));

        assertThat(response.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("entries[2].month");
        Response semantic = admin.postJson("/api/v1/schemes/preview", Map.of("scheme", preset("daily-80-evaluation-20"), "year", 2026,
                "entries", List.of(entry("NO-SUCH-ITEM", 1), range("P3-LAW", 2, 25))));
        List<String> semanticFields = new ArrayList<>();
        semantic.json().get("errors").forEach(error -> semanticFields.add(error.get("field").asString()));
        assertThat(semanticFields).containsExactly("entries[0].item", "entries[1].points");
    }

    private JsonNode preset(String code) {
        Response response = admin.get("/api/v1/scheme-presets/" + code);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private JsonNode mutated(String code, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode scheme = (ObjectNode) JSON.readTree(preset(code).toString());
        change.accept(scheme);
        return scheme;
    }

    private List<String> fieldOf(JsonNode scheme) {
        Response response = admin.postJson("/api/v1/schemes/validate", scheme);
        assertThat(response.status()).as("%s", response).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private JsonNode preview(JsonNode scheme, List<Map<String, Object>> entries, Map<String, Object> ballots) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scheme", scheme);
        body.put("year", 2026);
        body.put("entries", entries);
        body.put("ballots", ballots);
        Response response = admin.postJson("/api/v1/schemes/preview", body);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json();
    }

    private static List<String> fixedItems(JsonNode scheme, String... sections) {
        List<String> codes = new ArrayList<>();
        for (JsonNode section : scheme.get("sections")) {
            if (List.of(sections).contains(section.get("code").asString())) {
                section.get("items").forEach(item -> codes.add(item.get("code").asString()));
            }
        }
        return codes;
    }

    private static void walk(JsonNode node, java.util.function.Consumer<JsonNode> visit) {
        visit.accept(node);
        node.get("children").forEach(child -> walk(child, visit));
    }

    private static Map<String, Object> entry(String item, int month) {
        return Map.of("item", item, "month", month);
    }

    private static Map<String, Object> count(String item, int month, int quantity) {
        return Map.of("item", item, "month", month, "quantity", quantity);
    }

    private static Map<String, Object> range(String item, int month, int points) {
        return Map.of("item", item, "month", month, "points", points);
    }

    private static Map<String, Object> award(String item, int month, String level, String achievement) {
        return Map.of("item", item, "month", month, "level", level, "achievement", achievement);
    }
}
