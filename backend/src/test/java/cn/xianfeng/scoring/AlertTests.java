package cn.xianfeng.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;

import tools.jackson.databind.JsonNode;

/** Alerts (seed 002) raised as months are finalised: 1, 2, 3 months below passing, a zero month, the branch's share. */
class AlertTests extends IntegrationTest {

    @Test
    void finalisingMonthsRaisesTheAlertsOnceAndTheyAreFollowedUpAndClosed() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        Institution institution = onboard("预警党委");
        Browser admin = signedIn(institution);
        UUID branch = UUID.fromString(admin.postJson("/api/v1/orgs", Map.of("parentId", institution.rootOrgId(), "type", "BRANCH",
                "name", "预警支部")).json().get("id").asString());
        Response scheme = admin.postJson("/api/v1/orgs/" + institution.rootOrgId() + "/schemes", Map.of("year", year, "preset", "monthly-top-three"));
        admin.postJson("/api/v1/schemes/" + scheme.json().get("id").asString() + "/versions/1/publish", Map.of("lock", scheme.json().get("lock").asLong()));
        UUID idle = addMember(admin, branch, "积分偏低", "idle-" + UUID.randomUUID() + "@example.cn");
        UUID sanctioned = addMember(admin, branch, "受到处理", "sanctioned-" + UUID.randomUUID() + "@example.cn");
        Browser secretary = holding(admin, branch, branch, "SECRETARY");
        assertThat(admin.postJson("/api/v1/ledger-entries", Map.of("memberId", sanctioned, "item", "P6-RULES-SANCTIONED",
                "month", YearMonth.of(year, 1).toString(), "reason", "受到组织处理")).status()).isEqualTo(201);

        // April and May are never approved: June starts a new run.
        for (int month : List.of(1, 2, 3, 6)) {
            Response approved = secretary.postJson("/api/v1/periods", Map.of("branchId", branch, "month", YearMonth.of(year, month).toString()));
            Response publicised = secretary.postJson("/api/v1/periods/" + id(approved) + "/publicity", Map.of("version", version(approved)));
            asOwner().sql("update periods set publicity_until = now() - interval '1 minute' where id = ?").param(UUID.fromString(id(approved))).update();
            assertThat(secretary.postJson("/api/v1/periods/" + id(approved) + "/finalise", Map.of("version", version(publicised))).status())
                .isEqualTo(200);
        }

        JsonNode alerts = secretary.get("/api/v1/alerts?orgId=" + branch).json();
        // 遵守纪律规矩 starts full at 10: every month is below the passing 60.
        assertThat(kinds(alerts, idle)).containsExactlyInAnyOrder(year + "-01 BELOW_PASSING_1", year + "-02 BELOW_PASSING_2",
                year + "-03 BELOW_PASSING_3", year + "-06 BELOW_PASSING_1");
        assertThat(kinds(alerts, sanctioned)).contains(year + "-01 ZERO_MONTH", year + "-01 BELOW_PASSING_1");
        assertThat(kinds(alerts, null)).containsExactlyInAnyOrder(year + "-01 BRANCH_BELOW_PASSING", year + "-02 BRANCH_BELOW_PASSING",
                year + "-03 BRANCH_BELOW_PASSING", year + "-06 BRANCH_BELOW_PASSING");

        assertThat(secretary.get("/api/v1/me/notifications").body()).as("the secretary is told").contains("积分预警：积分偏低", "约谈整改");
        JsonNode third = find(alerts, idle, "BELOW_PASSING_3");
        assertThat(secretary.postJson("/api/v1/alerts/" + third.get("id").asString() + "/notes", Map.of("text", "党委已指派人员约谈")).status())
            .isEqualTo(204);
        assertThat(secretary.postJson("/api/v1/alerts/" + third.get("id").asString() + "/close", Map.of("version", third.get("version").asLong(),
                "note", "已列入年度民主评议处置")).status()).isEqualTo(204);
        JsonNode closed = find(secretary.get("/api/v1/alerts?orgId=" + branch + "&status=CLOSED").json(), idle, "BELOW_PASSING_3");
        assertThat(closed.get("notes")).hasSize(2);
    }

    private static List<String> kinds(JsonNode alerts, UUID member) {
        List<String> kinds = new ArrayList<>();
        for (JsonNode alert : alerts) {
            boolean matches = member == null ? alert.get("memberId").isNull() : member.toString().equals(alert.get("memberId").asString(null));
            if (matches) {
                kinds.add(alert.get("month").asString() + " " + alert.get("kind").asString());
            }
        }
        return kinds;
    }

    private static JsonNode find(JsonNode alerts, UUID member, String kind) {
        for (JsonNode alert : alerts) {
            if (member.toString().equals(alert.get("memberId").asString(null)) && alert.get("kind").asString().equals(kind)) {
                return alert;
            }
        }
        throw new AssertionError("no " + kind + " in " + alerts);
    }

    private static String id(Response response) {
        return response.json().get("id").asString();
    }

    private static long version(Response response) {
        return response.json().get("version").asLong();
    }
}
