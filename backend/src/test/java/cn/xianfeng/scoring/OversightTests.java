package cn.xianfeng.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;

import tools.jackson.databind.JsonNode;

/** A finalised quarter filed to the parent (returned, filed again, accepted), and a reproducible spot check. */
class OversightTests extends IntegrationTest {

    @Test
    void aQuarterIsFiledReturnedFiledAgainAndAcceptedAndASpotCheckDrawsTheSameSampleFromTheSameSeed() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        YearMonth lastQuarterMonth = YearMonth.from(today).minusMonths(3);
        int year = lastQuarterMonth.getYear();
        int quarter = (lastQuarterMonth.getMonthValue() - 1) / 3 + 1;
        List<YearMonth> months = List.of(1, 2, 3).stream().map(offset -> YearMonth.of(year, (quarter - 1) * 3 + offset)).toList();
        Institution institution = onboard("上报党委");
        Browser admin = signedIn(institution);
        UUID branch = UUID.fromString(admin.postJson("/api/v1/orgs", Map.of("parentId", institution.rootOrgId(), "type", "BRANCH",
                "name", "上报支部")).json().get("id").asString());
        for (int schemeYear : new java.util.TreeSet<>(List.of(year, today.getYear()))) {
            Response scheme = admin.postJson("/api/v1/orgs/" + institution.rootOrgId() + "/schemes", Map.of("year", schemeYear, "preset",
                    "monthly-top-three"));
            admin.postJson("/api/v1/schemes/" + scheme.json().get("id").asString() + "/versions/1/publish", Map.of("lock", scheme.json().get("lock").asLong()));
        }
        UUID member = addMember(admin, branch, "上报党员", "filed-" + UUID.randomUUID() + "@example.cn");
        Browser secretary = holding(admin, branch, branch, "SECRETARY");
        Browser recorder = holding(admin, branch, branch, "RECORDER");
        for (String item : List.of("P6-LIFE-DUES", "P6-RIGHTS-DECLARE", "P6-LIFE-THEME-DAY", "P6-STUDY-SELF", "P6-DUTY-TASK", "P6-WORK-SHOWCASE")) {
            assertThat(recorder.postJson("/api/v1/ledger-entries", Map.of("memberId", member, "item", item, "month", months.getFirst().toString(),
                    "quantity", 1)).status()).isEqualTo(201);
        }
        String period = year + "-Q" + quarter;
        assertThat(secretary.postJson("/api/v1/filings", Map.of("branchId", branch, "period", period)).json().get("errors").get(0)
            .get("field").asString()).as("months not finalised").isEqualTo("period");
        for (YearMonth month : months) {
            Response approved = secretary.postJson("/api/v1/periods", Map.of("branchId", branch, "month", month.toString()));
            Response publicised = secretary.postJson("/api/v1/periods/" + id(approved) + "/publicity", Map.of("version", version(approved)));
            asOwner().sql("update periods set publicity_until = now() - interval '1 minute' where id = ?").param(UUID.fromString(id(approved))).update();
            assertThat(secretary.postJson("/api/v1/periods/" + id(approved) + "/finalise", Map.of("version", version(publicised))).status())
                .isEqualTo(200);
        }

        Response filed = secretary.postJson("/api/v1/filings", Map.of("branchId", branch, "period", period));
        assertThat(filed.status()).as("%s", filed).isEqualTo(201);
        JsonNode line = null;
        for (JsonNode candidate : filed.json().get("summary").get("lines")) {
            if (candidate.get("memberId").asString().equals(member.toString())) {
                line = candidate;
            }
        }
        assertThat(line).as("the member's line").isNotNull();
        assertThat(line.get("name").asString()).isEqualTo("上报党员");
        // First month: six items of 5 points, and 遵守纪律规矩 starting full at 10 = 40; the other two months 10 each.
        assertThat(line.get("months").get(0).asString()).isEqualTo("40");
        assertThat(line.get("months").get(1).asString()).isEqualTo("10");
        assertThat(line.get("total").asString()).as("the quarter: the mean of its months").isEqualTo("20");
        assertThat(secretary.postJson("/api/v1/filings", Map.of("branchId", branch, "period", period)).status()).isEqualTo(409);
        assertThat(secretary.postJson("/api/v1/filings/" + id(filed) + "/decision", Map.of("version", version(filed), "accept", true)).status())
            .as("the branch does not accept its own filing").isEqualTo(403);
        assertThat(admin.postJson("/api/v1/filings/" + id(filed) + "/decision", Map.of("version", version(filed), "accept", false)).json()
            .get("errors").get(0).get("field").asString()).isEqualTo("comment");
        Response returned = admin.postJson("/api/v1/filings/" + id(filed) + "/decision", Map.of("version", version(filed), "accept", false,
                "comment", "请补充说明"));
        assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");
        Response again = secretary.postJson("/api/v1/filings", Map.of("branchId", branch, "period", period));
        assertThat(again.status()).isEqualTo(201);
        Response accepted = admin.postJson("/api/v1/filings/" + id(again) + "/decision", Map.of("version", version(again), "accept", true));
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(admin.get("/api/v1/filings?orgId=" + institution.rootOrgId()).json()).hasSize(2);

        Map<String, Object> draw = Map.of("orgId", institution.rootOrgId(), "from", months.getFirst().toString(), "to", months.getLast().toString(),
                "count", 3, "seed", "20261122");
        Response first = admin.postJson("/api/v1/spot-checks", draw);
        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(first.json().get("population").asInt()).isEqualTo(6);
        Response second = admin.postJson("/api/v1/spot-checks", draw);
        assertThat(entries(second)).as("the same seed, the same sample").isEqualTo(entries(first)).hasSize(3);
        Response unseeded = admin.postJson("/api/v1/spot-checks", Map.of("orgId", institution.rootOrgId(), "from", months.getFirst().toString(),
                "to", months.getLast().toString(), "percent", 50));
        assertThat(unseeded.json().get("items")).hasSize(3);
        Response redrawn = admin.postJson("/api/v1/spot-checks", Map.of("orgId", institution.rootOrgId(), "from", months.getFirst().toString(),
                "to", months.getLast().toString(), "percent", 50, "seed", unseeded.json().get("seed").asString()));
        assertThat(entries(redrawn)).as("the recorded seed draws it again").isEqualTo(entries(unseeded));
        Response marked = admin.postJson("/api/v1/spot-checks/" + id(first) + "/items/" + entries(first).getFirst(),
                Map.of("verdict", "PROBLEM", "note", "缺少佐证材料"));
        assertThat(marked.json().get("items").get(0).get("verdict").asString()).isEqualTo("PROBLEM");
        assertThat(recorder.postJson("/api/v1/spot-checks", draw).status()).as("a recorder does not spot-check").isEqualTo(404);

        assertThat(first.json().get("seed").isString()).as("a 64-bit seed travels as its digits").isTrue();
        Map<String, String> names = Map.of("P6-LIFE-DUES", "按时足额交纳党费", "P6-RIGHTS-DECLARE", "按时填报《个人申报表》，核实评审结果",
                "P6-LIFE-THEME-DAY", "参加主题党日活动", "P6-STUDY-SELF", "个人自学并撰写学习笔记", "P6-DUTY-TASK", "完成党组织交办的任务",
                "P6-WORK-SHOWCASE", "在单位展示平台展示工作成果或工作创新");
        first.json().get("items").forEach(item -> assertThat(item.get("itemName").asString()).as("the reviewer reads what was recorded")
            .isEqualTo(names.get(item.get("itemCode").asString())));
        for (Map.Entry<String, Object> wrong : List.<Map.Entry<String, Object>>of(Map.entry("seed", "4.2"), Map.entry("seed", "9223372036854775808"),
                Map.entry("seed", "12345678901234567890"), Map.entry("to", months.getFirst().minusMonths(1).toString()), Map.entry("percent", 10))) {
            Map<String, Object> bad = new HashMap<>(draw);
            bad.put(wrong.getKey(), wrong.getValue());
            Response refused = admin.postJson("/api/v1/spot-checks", bad);
            assertThat(refused.status()).as("%s: %s", wrong, refused).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).as("%s", wrong)
                .isEqualTo(wrong.getKey().equals("percent") ? "count" : wrong.getKey());
        }
        assertThat(admin.postJson("/api/v1/spot-checks", Map.of("orgId", institution.rootOrgId(), "from", months.getFirst().toString(), "to",
                months.getLast().toString(), "count", 1, "seed", "9223372036854775807")).json().get("seed").asString())
            .as("the largest 64-bit seed, to the last digit").isEqualTo("9223372036854775807");

        Response drawn = admin.get("/api/v1/spot-checks?orgId=" + institution.rootOrgId());
        assertThat(drawn.json()).as("every draw, newest first; nothing of the refused ones").hasSize(5);
        assertThat(drawn.json().get(4).get("id").asString()).isEqualTo(id(first));
        assertThat(drawn.json().get(4).get("seed").asString()).isEqualTo("20261122");
        assertThat(drawn.json().get(4).get("sampled").asInt()).isEqualTo(3);
        assertThat(drawn.json().get(4).get("checked").asInt()).isEqualTo(1);
        assertThat(drawn.json().get(4).get("problems").asInt()).isEqualTo(1);
    }

    private static List<String> entries(Response check) {
        List<String> ids = new ArrayList<>();
        check.json().get("items").forEach(item -> ids.add(item.get("ledgerEntryId").asString()));
        return ids;
    }

    private static String id(Response response) {
        return response.json().get("id").asString();
    }

    private static long version(Response response) {
        return response.json().get("version").asLong();
    }
}
