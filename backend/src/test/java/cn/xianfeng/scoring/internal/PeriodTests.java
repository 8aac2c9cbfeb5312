package cn.xianfeng.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;
import cn.xianfeng.testing.TestDatabase;

import tools.jackson.databind.JsonNode;

/** A branch's month: approved, publicised, objected to, closed on time by the job, answered, finalised, re-opened. */
class PeriodTests extends IntegrationTest {

    @Autowired
    private PublicityJob job;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private final String month = YearMonth.from(today).toString();

    @Test
    void aMonthIsApprovedPublicisedObjectedToClosedOnTimeAnsweredFinalisedAndReopenedByTheParent() throws Exception {
        Branch scene = branch("公示党委", "公示党员");
        Institution institution = scene.institution();
        Browser admin = scene.admin();
        UUID branch = scene.id();
        SignedInMember member = scene.member();
        SignedInMember colleague = signedInMember(admin, branch, "同支部党员");
        Browser recorder = holding(admin, branch, branch, "RECORDER");
        Browser secretary = holding(admin, branch, branch, "SECRETARY");

        Response declared = member.browser().postJson("/api/v1/me/declarations", Map.of("item", "P6-RIGHTS-DECLARE",
                "occurredOn", today.toString(), "description", "按时填报", "submit", true));
        JsonNode before = secretary.get("/api/v1/periods/checklist?branchId=" + branch + "&month=" + month).json();
        assertThat(before.get("pendingDeclarations").asLong()).isEqualTo(1);
        assertThat(before.get("recorderItems").toString()).as("the month's expected records, not deductions")
            .contains("按时足额交纳党费").doesNotContain("违反工作纪律、规矩");
        assertThat(before.get("membersWithoutRecorderEntries")).extracting(without -> without.get("name").asString())
            .contains("公示党员", "同支部党员");
        assertThat(secretary.postJson("/api/v1/periods", Map.of("branchId", branch, "month", month)).json().get("errors").get(0)
            .get("message").asString()).as("a declaration awaits review").startsWith("本月还有 1 条申报待审核");
        recorder.postJson("/api/v1/declarations/" + declared.json().get("id").asString() + "/review",
                Map.of("version", declared.json().get("version").asLong(), "decision", "APPROVE"));
        Response lapse = recorder.postJson("/api/v1/ledger-entries", Map.of("memberId", member.id(), "item", "P6-RULES-LAPSE", "month", month,
                "quantity", 1, "reason", "会议迟到"));
        assertThat(recorder.postJson("/api/v1/periods", Map.of("branchId", branch, "month", month)).status())
            .as("the recorder does not speak for the branch committee").isEqualTo(403);
        JsonNode after = secretary.get("/api/v1/periods/checklist?branchId=" + branch + "&month=" + month).json();
        assertThat(after.get("pendingDeclarations").asLong()).isZero();
        assertThat(after.get("membersWithoutRecorderEntries")).extracting(without -> without.get("name").asString())
            .as("a deduction is no month's expected record").contains("公示党员", "同支部党员");

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

        String answer = "/api/v1/objections/" + objected.json().get("id").asString() + "/answer";
        Response sameCount = secretary.postJson(answer, Map.of("version", objected.json().get("version").asLong(), "upheld", true,
                "answer", "核实有请假记录", "quantity", 1));
        Response pointsOnACountedItem = secretary.postJson(answer, Map.of("version", objected.json().get("version").asLong(),
                "upheld", true, "answer", "核实有请假记录", "points", 3));
        assertThat(sameCount.status()).as("upheld, but changing nothing").isEqualTo(400);
        assertThat(sameCount.json().get("errors").get(0).get("field").asString()).isEqualTo("quantity");
        assertThat(sameCount.json().get("errors").get(0).get("message").asString()).contains("与原记录相同");
        assertThat(pointsOnACountedItem.status()).as("points the item's rule does not take").isEqualTo(400);
        assertThat(pointsOnACountedItem.json().get("errors").get(0).get("field").asString()).isEqualTo("points");
        assertThat(secretary.get("/api/v1/periods/" + period + "/objections").json().get(0).get("status").asString()).isEqualTo("OPEN");
        Response upheld = secretary.postJson(answer, Map.of(
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

        assertThat(secretary.postJson("/api/v1/periods/" + period + "/finalise", Map.of("version", version(approved))).status())
            .as("a version from before the publicity opened is stale").isEqualTo(409);
        // The secretary's page was loaded before the job closed the publicity: that closing is nobody's decision.
        assertThat(current.get("version").asLong()).isEqualTo(version(publicised) + 1);
        Response finalised = secretary.postJson("/api/v1/periods/" + period + "/finalise", Map.of("version", version(publicised)));
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

    @Test
    void aDeclarationSentWhileTheMonthIsBeingApprovedWaitsForTheApprovalAndIsRefused() throws Exception {
        Branch scene = branch("审核中申报党委", "赶在审核时申报的党员");
        Institution institution = scene.institution();
        UUID branch = scene.id();
        try (Connection approval = inTenant(institution)) {
            // The approval's own first steps, held uncommitted: the month's lock, then its period.
            approval.createStatement().execute("select lock_month_for_closing('%s', '%s', '%s')".formatted(institution.tenantId(), branch,
                    YearMonth.from(today).atDay(1)));
            approval.createStatement().execute("""
                    insert into periods (tenant_id, id, branch_id, month, status, approved_by, approved_at)
                    values ('%s', gen_random_uuid(), '%s', '%s', 'APPROVED', '%s', now())""".formatted(institution.tenantId(), branch,
                    YearMonth.from(today).atDay(1), institution.adminId()));
            CompletableFuture<Response> declared = CompletableFuture.supplyAsync(() -> scene.member().browser().postJson("/api/v1/me/declarations",
                    Map.of("item", "P6-RIGHTS-DECLARE", "occurredOn", today.toString(), "description", "赶在审核时", "submit", true)));
            awaitSomeoneWaitingForAMonthLock();
            approval.commit();
            Response answer = declared.get(30, TimeUnit.SECONDS);
            assertThat(answer.status()).as("%s", answer).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("message").asString()).startsWith(month + " 已审核或定稿");
        }
        assertThat(asOwner().sql("select count(*) from declarations where tenant_id = ?").param(institution.tenantId()).query(Long.class)
            .single()).as("nothing slipped into the approved month").isZero();
    }

    @Test
    void anApprovalWaitsForADeclarationBeingWrittenAndCountsIt() throws Exception {
        Branch scene = branch("申报中审核党委", "正在申报的党员");
        Institution institution = scene.institution();
        UUID branch = scene.id();
        Browser secretary = holding(scene.admin(), branch, branch, "SECRETARY");
        UUID version = asOwner().sql("select id from scheme_versions where tenant_id = ? and status = 'PUBLISHED'")
            .param(institution.tenantId()).query(UUID.class).single();
        try (Connection declaration = inTenant(institution)) {
            // A declaration's insert, held uncommitted: it checked the month open, which holds the month's lock shared.
            declaration.createStatement().execute("""
                    insert into declarations (tenant_id, id, member_id, branch_id, scheme_version_id, item_code, occurred_on, month,
                        quantity, description, status, created_by, submitted_at)
                    select '%1$s', gen_random_uuid(), '%2$s', '%3$s', '%4$s', 'P6-RIGHTS-DECLARE', '%5$s', '%6$s', 1, '正在写入', 'SUBMITTED',
                        '%7$s', now()
                    where month_open_for_entries('%1$s', '%3$s', '%6$s')""".formatted(institution.tenantId(), scene.member().id(), branch, version,
                    today, YearMonth.from(today).atDay(1), institution.adminId()));
            CompletableFuture<Response> approved = CompletableFuture.supplyAsync(() -> secretary.postJson("/api/v1/periods",
                    Map.of("branchId", branch, "month", month)));
            awaitSomeoneWaitingForAMonthLock();
            declaration.commit();
            Response answer = approved.get(30, TimeUnit.SECONDS);
            assertThat(answer.status()).as("%s", answer).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("message").asString()).as("the declaration is counted")
                .startsWith("本月还有 1 条申报待审核");
        }
    }

    /** An institution whose first branch is scored by P6 this year, its admin signed in, and one member signed in. */
    private Branch branch(String institutionName, String memberName) {
        Institution institution = onboard(institutionName);
        Browser admin = signedIn(institution);
        UUID branch = branchScoredBy(admin, institution, "第一党支部", "monthly-top-three", today.getYear());
        return new Branch(institution, admin, branch, signedInMember(admin, branch, memberName));
    }

    private record Branch(Institution institution, Browser admin, UUID id, SignedInMember member) {
    }

    /** A connection as the application's role, in a transaction bound to the institution. */
    private static Connection inTenant(Institution institution) throws Exception {
        Connection connection = DriverManager.getConnection(TestDatabase.get().url(), TestDatabase.APP, TestDatabase.APP);
        connection.setAutoCommit(false);
        connection.createStatement().execute("select set_config('app.tenant_id', '" + institution.tenantId() + "', true)");
        return connection;
    }

    /** Until a request queues behind a month's lock: the month lock is the only advisory lock with two keys. */
    private void awaitSomeoneWaitingForAMonthLock() {
        await().alias("a request waits for the month's lock").atMost(Duration.ofSeconds(30)).until(() -> asOwner()
            .sql("select count(*) from pg_locks where locktype = 'advisory' and classid = 20 and objsubid = 2 and not granted")
            .query(Long.class).single() > 0);
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
