package cn.xianfeng.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;

import tools.jackson.databind.JsonNode;

/** A branch's month: approved, publicised, objected to, closed on time by the job, answered, finalised, re-opened. */
class PeriodTests extends IntegrationTest {

    @Autowired
    private PublicityJob job;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private final String month = YearMonth.from(today).toString();

    @Test
    void aMonthIsApprovedPublicisedObjectedToClosedOnTimeAnsweredFinalisedAndReopenedByTheParent() throws Exception {
        Institution institution = onboard("公示党委");
        Browser admin = signedIn(institution);
        UUID branch = branchScoredBy(admin, institution, "第一党支部", "monthly-top-three", today.getYear());
        SignedInMember member = signedInMember(admin, branch, "公示党员");
        SignedInMember colleague = signedInMember(admin, branch, "同支部党员");
        Browser recorder = holding(admin, branch, branch, "RECORDER");
        Browser secretary = holding(admin, branch, branch, "SECRETARY");

        Response declared = member.browser().postJson("/api/v1/me/declarations", Map.of("item", "P6-RIGHTS-DECLARE",
                "occurredOn", today.toString(), "description", "按时填报", "submit", true));
        assertThat(secretary.postJson("/api/v1/periods", Map.of("branchId", branch, "month", month)).json().get("errors").get(0)
            .get("message").asString()).as("a declaration awaits review").startsWith("本月还有 1 条申报待审核");
        recorder.postJson("/api/v1/declarations/" + declared.json().get("id").asString() + "/review",
                Map.of("version", declared.json().get("version").asLong(), "decision", "APPROVE"));
        Response lapse = recorder.postJson("/api/v1/ledger-entries", Map.of("memberId", member.id(), "item", "P6-RULES-LAPSE", "month", month,
                "quantity", 1, "reason", "会议迟到"));
        assertThat(recorder.postJson("/api/v1/periods", Map.of("branchId", branch, "month", month)).status())
            .as("the recorder does not speak for the branch committee").isEqualTo(403);

        Response approved = secretary.postJson("/api/v1/periods", Map.of("branchId", branch, "month", month));
        assertThat(approved.status()).as("%s", approved).isEqualTo(201);
        String period = approved.json().get("id").asString();
        assertThat(recorder.postJson("/api/v1/ledger-entries", Map.of("memberId", member.id(), "item", "P6-RULES-LAPSE", "month", month,
                "quantity", 1)).json().get("errors").get(0).get("field").asString()).as("no new points once approved").isEqualTo("month");
        Map<String, Object> lateDeclaration = Map.of("item", "P6-RIGHTS-DECLARE", "occurredOn", today.toString(), "description", "补报",
                "submit", true);
        Response lateDeclared = member.browser().postJson("/api/v1/me/declarations", lateDeclaration);
        assertThat(lateDeclared.status()).as("%s", lateDeclared).isEqualTo(400);
        assertThat(lateDeclared.json().get("errors").get(0).get("message").asString()).as("no new declaration once approved")
            .isEqualTo(month + " 已审核或定稿，不能再新增积分；如需更正，请更正原记录并说明原因。");
        Map<String, Object> twoProblems = new java.util.HashMap<>(lateDeclaration);
        twoProblems.put("evidenceIds", java.util.List.of(UUID.randomUUID().toString()));
        assertThat(member.browser().postJson("/api/v1/me/declarations", twoProblems).json().get("errors").findValuesAsString("field"))
            .as("every problem at once").containsExactlyInAnyOrder("evidenceIds[0]", "occurredOn");
        assertThat(member.browser().get("/api/v1/periods/" + period + "/publicity").status()).as("not yet publicised").isEqualTo(404);

        Response publicised = secretary.postJson("/api/v1/periods/" + period + "/publicity", Map.of("version", version(approved)));
        assertThat(publicised.json().get("status").asString()).isEqualTo("IN_PUBLICITY");
        assertThat(colleague.browser().get("/api/v1/me/notifications").body()).as("the branch's members are told").contains("积分公示已开始");
        JsonNode list = colleague.browser().get("/api/v1/periods/" + period + "/publicity").json();
        JsonNode line = row(list, member.id());
        // 维护自身权益 5, 遵守纪律规矩 10 − 5.
        assertThat(line.get("total").decimalValue()).isEqualByComparingTo("10");
        assertThat(line.get("entries")).hasSize(2);
        assertThat(line.get("entries")).extracting(entry -> entry.get("itemName").asString()).contains("违反工作纪律、规矩");
        assertThat(member.browser().get("/api/v1/me/periods?year=" + today.getYear()).json()).extracting(row -> row.get("status").asString())
            .containsExactly("IN_PUBLICITY");

        Response objected = member.browser().postJson("/api/v1/periods/" + period + "/objections", Map.of(
                "ledgerEntryId", lapse.json().get("id").asString(), "text", "当天请过假，不算迟到"));
        assertThat(objected.status()).as("%s", objected).isEqualTo(201);
        assertThat(secretary.postJson("/api/v1/periods/" + period + "/finalise", Map.of("version", version(publicised))).status())
            .as("publicity still running").isEqualTo(409);

        asOwner().sql("update periods set publicity_until = now() - interval '1 minute' where id = ?").param(UUID.fromString(period)).update();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> replicas = List.of(1, 2).stream().map(replica -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return job.closeDue(OffsetDateTime.now()).size();
        })).toList();
        start.countDown();
        int closed = replicas.stream().mapToInt(CompletableFuture::join).sum();
        assertThat(closed).as("two replicas, one closing").isEqualTo(1);
        assertThat(asOwner().sql("select count(*) from audit_log where tenant_id = ? and action = 'PERIOD_PUBLICITY_CLOSED'")
            .param(institution.tenantId()).query(Long.class).single()).isEqualTo(1);

        Response late = colleague.browser().postJson("/api/v1/periods/" + period + "/objections", Map.of("subjectMemberId", member.id(),
                "text", "太晚了"));
        assertThat(late.status()).as("an objection after publicity closed").isEqualTo(400);
        JsonNode current = secretary.get("/api/v1/periods/" + period).json();
        assertThat(current.get("status").asString()).isEqualTo("PUBLICITY_CLOSED");
        assertThat(secretary.postJson("/api/v1/periods/" + period + "/finalise", Map.of("version", current.get("version").asLong())).status())
            .as("an objection is open").isEqualTo(409);

        Response upheld = secretary.postJson("/api/v1/objections/" + objected.json().get("id").asString() + "/answer", Map.of(
                "version", objected.json().get("version").asLong(), "upheld", true, "answer", "核实有请假记录", "voided", true));
        assertThat(upheld.status()).as("%s", upheld).isEqualTo(200);
        assertThat(upheld.json().get("status").asString()).isEqualTo("UPHELD");
        assertThat(member.browser().get("/api/v1/me/notifications").body()).contains("您的异议成立", "核实有请假记录");
        JsonNode mine = member.browser().get("/api/v1/me/scores?year=" + today.getYear()).json();
        JsonNode theirs = colleague.browser().get("/api/v1/me/scores?year=" + today.getYear()).json();
        assertThat(mine.get("rankInBranch").asInt()).as("P6 ranks within the branch").isEqualTo(1);
        assertThat(theirs.get("rankInBranch").asInt()).as("ties share a place").isEqualTo(2);
        assertThat(theirs.get("rankedInBranch").asInt()).isEqualTo(4);
        assertThat(row(member.browser().get("/api/v1/periods/" + period + "/publicity").json(), member.id()).get("total").decimalValue())
            .isEqualByComparingTo("15");

        Response finalised = secretary.postJson("/api/v1/periods/" + period + "/finalise", Map.of("version", current.get("version").asLong()));
        assertThat(finalised.status()).as("%s", finalised).isEqualTo(200);
        assertThat(finalised.json().get("status").asString()).isEqualTo("FINALISED");

        Response asked = secretary.postJson("/api/v1/periods/" + period + "/reopen-request", Map.of("version", version(finalised),
                "reason", "漏记一次主题党日"));
        assertThat(asked.json().get("status").asString()).isEqualTo("REOPEN_REQUESTED");
        assertThat(secretary.postJson("/api/v1/periods/" + period + "/reopen", Map.of("version", version(asked), "approve", true)).status())
            .as("only the parent decides").isEqualTo(403);
        Response reopened = admin.postJson("/api/v1/periods/" + period + "/reopen", Map.of("version", version(asked), "approve", true));
        assertThat(reopened.json().get("status").asString()).isEqualTo("REOPENED");
        assertThat(recorder.postJson("/api/v1/ledger-entries", Map.of("memberId", member.id(), "item", "P6-RIGHTS-DECLARE", "month", month))
            .status()).as("open again").isEqualTo(201);
        assertThat(member.browser().postJson("/api/v1/me/declarations", lateDeclaration).status()).as("open again to members too")
            .isEqualTo(201);
        assertThat(admin.get("/api/v1/audit-log?size=100").body()).contains("PERIOD_APPROVED", "PERIOD_PUBLICITY_OPENED", "OBJECTION_RAISED",
                "OBJECTION_UPHELD", "PERIOD_FINALISED", "PERIOD_REOPENED");
    }

    private static JsonNode row(JsonNode list, UUID member) {
        for (JsonNode line : list) {
            if (line.get("memberId").asString().equals(member.toString())) {
                return line;
            }
        }
        throw new AssertionError("no line for " + member + " in " + list);
    }

    private static long version(Response response) {
        return response.json().get("version").asLong();
    }
}
