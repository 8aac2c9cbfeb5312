package cn.xianfeng.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

/** A 支部党员大会's attendance writes points through the scheme (P2, seed 001), and a later change writes corrections. */
class ActivityTests extends IntegrationTest {

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void finalisingABranchMeetingWritesPointsAndCorrectingItWritesCorrections() {
        Institution institution = onboard("三会一课党委");
        Browser admin = signedIn(institution);
        UUID branch = branchScoredBy(admin, institution, "第一党支部", "annual-from-zero", today.getYear());
        SignedInMember present = signedInMember(admin, branch, "甲");
        UUID absent = addMember(admin, branch, "乙", "absent-" + UUID.randomUUID() + "@example.cn");
        UUID onLeave = addMember(admin, branch, "丙", "leave-" + UUID.randomUUID() + "@example.cn");
        Browser recorder = holding(admin, branch, branch, "RECORDER");

        assertThat(present.browser().postJson("/api/v1/activities", Map.of("branchId", branch, "kind", "BRANCH_MEETING",
                "title", "潜入", "heldOn", today.toString())).status()).as("a member keeps no records").isEqualTo(404);
        Response scheduled = recorder.postJson("/api/v1/activities", Map.of("branchId", branch, "kind", "BRANCH_MEETING",
                "title", "支部党员大会", "heldOn", today.toString(), "participantIds", List.of(present.id(), absent, onLeave)));
        assertThat(scheduled.status()).as("%s", scheduled).isEqualTo(201);
        String id = scheduled.json().get("id").asString();
        assertThat(scheduled.json().get("participants")).hasSize(3);
        recorder.postJson("/api/v1/activities", Map.of("branchId", branch, "kind", "PARTY_LECTURE",
                "title", "党课", "heldOn", today.minusMonths(1).withDayOfMonth(1).toString(), "participantIds", List.of(present.id())));
        assertThat(recorder.get("/api/v1/activities?orgId=" + branch).json())
            .extracting(activity -> activity.get("title").asString() + " " + activity.get("participants").size())
            .as("latest first, each with its own participants").containsExactly("支部党员大会 3", "党课 1");
        assertThat(recorder.get("/api/v1/activities?orgId=" + branch + "&month=" + today.toString().substring(0, 7)).json())
            .extracting(activity -> activity.get("id").asString()).containsExactly(id);
        Response early = recorder.postJson("/api/v1/activities/" + id + "/finalise", Map.of("version", version(scheduled)));
        assertThat(early.json().get("errors").get(0).get("message").asString()).isEqualTo("还有 3 人未标记出勤情况。");

        Response marked = recorder.send("PUT", "/api/v1/activities/" + id + "/attendance", json(Map.of("version", version(scheduled),
                "marks", List.of(mark(present.id(), "PRESENT"), mark(absent, "ABSENT"), mark(onLeave, "LEAVE")))), "application/json");
        assertThat(marked.status()).as("%s", marked).isEqualTo(200);
        Response finalised = recorder.postJson("/api/v1/activities/" + id + "/finalise", Map.of("version", version(marked)));
        assertThat(finalised.status()).as("%s", finalised).isEqualTo(200);
        assertThat(finalised.json().get("status").asString()).isEqualTo("FINALISED");

        assertThat(items(recorder, present.id())).containsExactly("P2-MEETING");
        assertThat(items(recorder, absent)).containsExactly("P2-ABSENT");
        assertThat(items(recorder, onLeave)).isEmpty();
        assertThat(annual(present.browser().get("/api/v1/me/scores?year=" + today.getYear()).json())).isEqualTo("1");

        Map<String, Object> correction = Map.of("version", version(finalised), "marks", List.of(mark(present.id(), "ABSENT"),
                mark(onLeave, "PRESENT")));
        Response noReason = recorder.send("PUT", "/api/v1/activities/" + id + "/attendance", json(correction), "application/json");
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        Response corrected = recorder.send("PUT", "/api/v1/activities/" + id + "/attendance", json(Map.of("version", version(finalised),
                "marks", correction.get("marks"), "reason", "签到表核对有误")), "application/json");
        assertThat(corrected.status()).as("%s", corrected).isEqualTo(200);

        assertThat(items(recorder, present.id())).containsExactly("P2-ABSENT");
        assertThat(items(recorder, onLeave)).containsExactly("P2-MEETING");
        assertThat(items(recorder, absent)).as("unchanged").containsExactly("P2-ABSENT");
        assertThat(annual(present.browser().get("/api/v1/me/scores?year=" + today.getYear()).json())).isEqualTo("-1");
        assertThat(present.browser().get("/api/v1/me/ledger-entries?year=" + today.getYear()).json()).as("the first row stays, voided")
            .extracting(row -> row.get("itemCode").asString() + " " + (row.get("value").isNull() ? "—" : row.get("value").decimalValue()
                .stripTrailingZeros().toPlainString()))
            .as("each row's own worth, though the scheme scores by the year").containsExactlyInAnyOrder("P2-MEETING 1", "P2-MEETING —", "P2-ABSENT -1");
        assertThat(recorder.postJson("/api/v1/activities/" + id + "/finalise", Map.of("version", version(corrected))).status()).isEqualTo(409);
        assertThat(admin.get("/api/v1/audit-log?size=50").body()).contains("ACTIVITY_FINALISED", "ACTIVITY_ATTENDANCE_CORRECTED");
    }

    private static List<String> items(Browser reader, UUID member) {
        List<String> codes = new ArrayList<>();
        reader.get("/api/v1/ledger-entries?memberId=" + member + "&year=" + LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear()).json()
            .forEach(row -> {
                if (row.get("counting").asBoolean()) {
                    codes.add(row.get("itemCode").asString());
                }
            });
        return codes;
    }

    private static String annual(JsonNode scores) {
        return scores.get("annual").decimalValue().stripTrailingZeros().toPlainString();
    }

    private static Map<String, Object> mark(UUID member, String attendance) {
        return Map.of("memberId", member, "attendance", attendance, "host", false, "minutes", false);
    }

    private static long version(Response response) {
        return response.json().get("version").asLong();
    }

    private static String json(Object body) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
    }
}
