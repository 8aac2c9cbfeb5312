package cn.xianfeng.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;
import cn.xianfeng.testing.TestDatabase;
import cn.xianfeng.testing.TestMail;

import tools.jackson.databind.JsonNode;

/** Declarations, their review and the ledger, through the API (issue 5), under the P6 preset (seed 002). */
class DeclarationTests extends IntegrationTest {

    private static final byte[] JPEG = jpeg(2048);

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private Institution institution;
    private Browser admin;
    private UUID branch;
    private SignedInMember member;
    private Browser recorder;

    @BeforeEach
    void aBranchUnderThePublishedSchemeWithAMemberAndARecorder() {
        institution = onboard("月度积分党委");
        admin = signedIn(institution);
        branch = UUID.fromString(admin.postJson("/api/v1/orgs", Map.of("parentId", institution.rootOrgId(), "type", "BRANCH",
                "name", "第一党支部")).json().get("id").asString());
        // This year's scheme, and last year's: early in January the previous month is last year's.
        for (int year : List.of(today.getYear() - 1, today.getYear())) {
            Response scheme = admin.postJson("/api/v1/orgs/" + institution.rootOrgId() + "/schemes", Map.of("year", year, "preset", "monthly-top-three"));
            assertThat(admin.postJson("/api/v1/schemes/" + scheme.json().get("id").asString() + "/versions/1/publish",
                    Map.of("lock", scheme.json().get("lock").asLong())).status()).isEqualTo(200);
        }
        member = signedInMember(admin, branch, "申报党员");
        recorder = holding(admin, branch, branch, "RECORDER");
    }

    @Test
    void aMemberSeesTheirSchemeWithWhatTheyMayDeclare() {
        JsonNode scheme = member.browser().get("/api/v1/me/scheme?year=" + today.getYear()).json();
        assertThat(scheme.get("name").asString()).startsWith("每月评审");
        List<String> declarable = new ArrayList<>();
        List<String> notDeclarable = new ArrayList<>();
        scheme.get("items").forEach(entry -> (entry.get("declarable").asBoolean() ? declarable : notDeclarable)
            .add(entry.get("item").get("code").asString()));
        assertThat(declarable).contains("P6-SERVE-VOLUNTEER", "P6-RIGHTS-DECLARE").doesNotContain("P6-RULES-LAPSE");
        assertThat(notDeclarable).as("recorder-only, and leader-cadre items for an ordinary member")
            .contains("P6-RULES-LAPSE", "P6-DUTY-TWO-WORTHY");
        assertThat(admin.get("/api/v1/me/scheme?year=" + today.getYear()).status()).as("not a member").isEqualTo(403);
    }

    @Test
    void aMemberDeclaresWithAPhotoAndTheRecorderApprovesOneAndAdjustsAnother() {
        Response photo = member.browser().upload("/api/v1/evidence", "志愿服务.jpg", JPEG);
        assertThat(photo.status()).as("%s", photo).isEqualTo(201);
        assertThat(photo.json().get("mediaType").asString()).isEqualTo("image/jpeg");
        String evidence = photo.json().get("id").asString();

        String key = UUID.randomUUID().toString();
        Response volunteered = member.browser().withHeader("Idempotency-Key", key)
            .postJson("/api/v1/me/declarations", declaration("P6-SERVE-VOLUNTEER", today, 3, List.of(evidence), true));
        Response retried = member.browser().postJson("/api/v1/me/declarations",
                declaration("P6-SERVE-VOLUNTEER", today, 3, List.of(evidence), true));
        member.browser().withHeader("Idempotency-Key", null);
        assertThat(volunteered.status()).as("%s", volunteered).isEqualTo(201);
        assertThat(retried.json().get("id").asString()).as("the same key makes one declaration").isEqualTo(volunteered.json().get("id").asString());
        assertThat(volunteered.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(volunteered.json().get("itemName").asString()).isEqualTo("参加志愿服务");
        assertThat(member.browser().get("/api/v1/declarations/" + volunteered.json().get("id").asString()).json())
            .as("the answer, built from what was written, is what a read gives").isEqualTo(volunteered.json());
        Response tasks = member.browser().postJson("/api/v1/me/declarations", declaration("P6-DUTY-TASK", today, 2, List.of(evidence), true));
        assertThat(tasks.status()).as("%s", tasks).isEqualTo(201);
        assertThat(count("declarations")).isEqualTo(2);

        JsonNode waiting = recorder.get("/api/v1/declarations?orgId=" + branch + "&status=SUBMITTED").json();
        assertThat(waiting.get("total").asLong()).isEqualTo(2);
        assertThat(waiting.get("items").get(0).get("actions").toString()).contains("REVIEW");
        assertThat(recorder.download("/api/v1/evidence/" + evidence).content()).as("the reviewer sees the photo").isEqualTo(JPEG);

        Response approved = recorder.postJson("/api/v1/declarations/" + id(volunteered) + "/review",
                Map.of("version", version(volunteered), "decision", "APPROVE"));
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("ledgerEntryId").isNull()).isFalse();
        JsonNode notice = member.browser().get("/api/v1/me/notifications").json().get(0);
        assertThat(notice.get("title").asString()).isEqualTo("您的积分申报已通过");
        assertThat(notice.get("body").asString()).as("the item by its name, never its code").contains("“参加志愿服务”").doesNotContain("P6-");
        assertThat(TestMail.get().to(member.email())).extracting(mail -> mail.getSubject()).contains("【先锋】您的积分申报已通过");
        assertThat(member.browser().postJson("/api/v1/me/notifications/" + notice.get("id").asString() + "/read", Map.of()).status())
            .isEqualTo(204);
        assertThat(recorder.postJson("/api/v1/me/notifications/" + notice.get("id").asString() + "/read", Map.of()).status())
            .as("someone else's notice").isEqualTo(404);
        Response adjusted = recorder.postJson("/api/v1/declarations/" + id(tasks) + "/review",
                Map.of("version", version(tasks), "decision", "ADJUST", "quantity", 1, "reason", "只有一次任务有记录"));
        assertThat(adjusted.json().get("status").asString()).isEqualTo("ADJUSTED");
        assertThat(adjusted.json().get("decisionReason").asString()).isEqualTo("只有一次任务有记录");

        String month = YearMonth.from(today).toString();
        JsonNode scores = member.browser().get("/api/v1/me/scores?year=" + today.getYear()).json();
        // This month: 遵守纪律规矩 starts full at 10, 志愿服务 3 h × 1, one task × 5.
        assertThat(monthTotal(scores, month)).isEqualTo("18");
        JsonNode ledger = member.browser().get("/api/v1/me/ledger-entries?year=" + today.getYear()).json();
        assertThat(ledger).hasSize(2);
        assertThat(ledger).extracting(row -> row.get("itemName").asString()).containsExactlyInAnyOrder("参加志愿服务", "完成党组织交办的任务");
        String adjustedEntry = adjusted.json().get("ledgerEntryId").asString();

        Response voided = recorder.postJson("/api/v1/ledger-entries/" + adjustedEntry + "/corrections",
                Map.of("voided", true, "reason", "任务不属于本月"));
        assertThat(voided.status()).as("%s", voided).isEqualTo(201);
        assertThat(recorder.postJson("/api/v1/ledger-entries/" + adjustedEntry + "/corrections",
                Map.of("voided", true, "reason", "再次更正")).status()).as("correct the latest row").isEqualTo(409);
        assertThat(monthTotal(member.browser().get("/api/v1/me/scores?year=" + today.getYear()).json(), month)).isEqualTo("13");
        JsonNode history = recorder.get("/api/v1/ledger-entries?memberId=" + member.id() + "&year=" + today.getYear()).json();
        assertThat(history).hasSize(3);
        assertThat(history).filteredOn(row -> row.get("counting").asBoolean()).hasSize(1);
        assertThat(admin.get("/api/v1/audit-log?size=50").body()).contains("DECLARATION_ADJUSTED", "LEDGER_ENTRY_CORRECTED");

        UUID otherBranch = UUID.fromString(admin.postJson("/api/v1/orgs", Map.of("parentId", institution.rootOrgId(), "type", "BRANCH",
                "name", "第二党支部")).json().get("id").asString());
        Browser otherSecretary = holding(admin, otherBranch, otherBranch, "SECRETARY");
        assertThat(otherSecretary.download("/api/v1/evidence/" + evidence).status()).isEqualTo(404);
        assertThat(otherSecretary.get("/api/v1/declarations/" + id(tasks)).status()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        String evidence = member.browser().upload("/api/v1/evidence", "photo.jpg", JPEG).json().get("id").asString();
        long declarations = count("declarations");
        long files = count("evidence_files");

        assertThat(fields(member.browser().postJson("/api/v1/me/declarations", declaration("NO-SUCH-ITEM", today, 1, List.of(), true))))
            .containsExactly("item");
        assertThat(fields(member.browser().postJson("/api/v1/me/declarations", declaration("P6-SERVE-VOLUNTEER", today.plusDays(1), 2,
                List.of(evidence), true)))).as("a day in the future").containsExactly("occurredOn");
        assertThat(fields(member.browser().postJson("/api/v1/me/declarations", declaration("P6-SERVE-VOLUNTEER", today, -2,
                List.of(evidence), true)))).as("negative hours").containsExactly("quantity");
        LocalDate twoMonthsAgo = YearMonth.from(today).minusMonths(2).atDay(1);
        Response late = member.browser().postJson("/api/v1/me/declarations", declaration("P6-RIGHTS-DECLARE", twoMonthsAgo, 1, List.of(), true));
        assertThat(fields(late)).as("after the deadline").containsExactly("occurredOn");
        assertThat(late.json().get("errors").get(0).get("message").asString()).contains("申报已于", "截止");
        assertThat(fields(member.browser().postJson("/api/v1/me/declarations", declaration("P6-RULES-LAPSE", today, 1, List.of(), true))))
            .as("recorded by the recorder only").containsExactly("item");
        assertThat(fields(member.browser().postJson("/api/v1/me/declarations", declaration("P6-SERVE-VOLUNTEER", today, 2, List.of(), true))))
            .as("evidence required").containsExactly("evidenceIds");
        assertThat(fields(recorder.postJson("/api/v1/me/declarations", declaration("P6-DUTY-TASK", today, 1, List.of(evidence), true))))
            .as("someone else's upload").containsExactly("evidenceIds[0]");

        Response tooLarge = member.browser().upload("/api/v1/evidence", "big.jpg", jpeg(11 * 1024 * 1024));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("detail").asString()).isEqualTo("上传的文件过大。");
        assertThat(tooLarge.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(tooLarge.json().get("errors").get(0).get("message").asString()).isEqualTo("文件不能超过 10 MB。");
        byte[] program = new byte[4096];
        program[0] = 'M';
        program[1] = 'Z';
        Response renamed = member.browser().upload("/api/v1/evidence", "photo.jpg", program);
        assertThat(renamed.status()).as("an .exe renamed .jpg").isEqualTo(400);
        assertThat(fields(renamed)).containsExactly("file");

        assertThat(count("declarations")).isEqualTo(declarations);
        assertThat(count("evidence_files")).isEqualTo(files);
        assertThat(count("ledger_entries")).isZero();
    }

    @Test
    void twoReviewersDecidingAtOnceOneWinsTheOtherGets409() throws Exception {
        Browser secretary = holding(admin, branch, branch, "SECRETARY");
        Response declared = member.browser().postJson("/api/v1/me/declarations", declaration("P6-RIGHTS-DECLARE", today, 1, List.of(), true));
        Map<String, Object> decision = Map.of("version", version(declared), "decision", "APPROVE");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> reviews = new ArrayList<>();
        for (Browser reviewer : List.of(recorder, secretary)) {
            reviews.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return reviewer.postJson("/api/v1/declarations/" + id(declared) + "/review", decision);
            }));
        }
        start.countDown();

        List<Integer> statuses = reviews.stream().map(CompletableFuture::join).map(Response::status).sorted().toList();

        assertThat(statuses).containsExactly(200, 409);
        assertThat(count("ledger_entries")).as("one decision, one ledger entry").isEqualTo(1);
        assertThat(member.browser().postJson("/api/v1/declarations/" + id(declared) + "/review", decision).status())
            .as("a member decides nothing").isEqualTo(404);
    }

    @Test
    void aRetrySentWhileTheFirstIsStillRunningWaitsAndGetsTheSameDeclaration() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = declaration("P6-RIGHTS-DECLARE", today, 1, List.of(), true);
        // Two tabs of the same member, the second sent before the first is answered.
        Browser again = browser().signIn(member.email(), "member-pass-1");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> tabs = List.of(member.browser(), again).stream().map(tab -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return tab.withHeader("Idempotency-Key", key).postJson("/api/v1/me/declarations", body);
        })).toList();
        start.countDown();
        List<Response> answers = tabs.stream().map(CompletableFuture::join).toList();
        member.browser().withHeader("Idempotency-Key", null);

        assertThat(answers).extracting(Response::status).containsExactly(201, 201);
        assertThat(answers.get(0).json().get("id").asString()).isEqualTo(answers.get(1).json().get("id").asString());
        assertThat(count("declarations")).isEqualTo(1);
    }

    @Test
    void aKeyThatHasAnAnswerGetsItAgainEvenWhereTheWorkWouldNowFailAndAnotherRequestWithItChangesNothing() {
        Response declared = member.browser().postJson("/api/v1/me/declarations", declaration("P6-RIGHTS-DECLARE", today, 1, List.of(), true));
        Map<String, Object> approve = Map.of("version", version(declared), "decision", "APPROVE");
        String key = UUID.randomUUID().toString();
        Response approved = recorder.withHeader("Idempotency-Key", key).postJson("/api/v1/declarations/" + id(declared) + "/review", approve);
        // Run again, the review would find the declaration decided (409): the key's answer is given instead.
        Response retried = recorder.postJson("/api/v1/declarations/" + id(declared) + "/review", approve);
        Response reused = recorder.postJson("/api/v1/declarations/" + id(declared) + "/review",
                Map.of("version", version(declared), "decision", "REJECT", "reason", "另一个请求"));
        recorder.withHeader("Idempotency-Key", null);

        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        assertThat(retried.status()).as("%s", retried).isEqualTo(200);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.json()).isEqualTo(approved.json());
        assertThat(reused.status()).as("the same key with another body, %s", reused).isEqualTo(422);
        assertThat(count("ledger_entries")).as("one approval, one entry").isEqualTo(1);

        String otherKey = UUID.randomUUID().toString();
        Map<String, Object> body = declaration("P6-RIGHTS-DECLARE", today, 1, List.of(), true);
        Response first = member.browser().withHeader("Idempotency-Key", otherKey).postJson("/api/v1/me/declarations", body);
        Response other = member.browser().postJson("/api/v1/me/declarations", declaration("P6-RIGHTS-DECLARE", today, 2, List.of(), true));
        member.browser().withHeader("Idempotency-Key", null);
        assertThat(first.status()).isEqualTo(201);
        assertThat(other.status()).as("%s", other).isEqualTo(422);
        assertThat(count("declarations")).as("the refused request's declaration was rolled back").isEqualTo(2);
    }

    @Test
    void theApplicationsDatabaseRoleCanNeitherChangeNorRemoveLedgerRows() {
        Response recorded = recorder.postJson("/api/v1/ledger-entries", Map.of("memberId", member.id(), "item", "P6-RULES-LAPSE",
                "month", YearMonth.from(today).toString(), "quantity", 1, "reason", "上班迟到"));
        assertThat(recorded.status()).as("%s", recorded).isEqualTo(201);

        assertThatThrownBy(() -> asApplicationIn("update ledger_entries set quantity = 0.5"))
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> asApplicationIn("delete from ledger_entries"))
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThat(count("ledger_entries")).isEqualTo(1);
    }

    private void asApplicationIn(String sql) {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), TestDatabase.get().url(),
                TestDatabase.APP, TestDatabase.APP);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
            jdbc.sql("select set_config('app.tenant_id', ?, true)").param(institution.tenantId().toString()).query().singleRow();
            jdbc.sql(sql).update();
        });
    }

    private long count(String table) {
        return asOwner().sql("select count(*) from " + table + " where tenant_id = ?").param(institution.tenantId()).query(Long.class).single();
    }

    private static Map<String, Object> declaration(String item, LocalDate on, Number quantity, List<String> evidence, boolean submit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("item", item);
        body.put("occurredOn", on.toString());
        body.put("quantity", quantity);
        body.put("description", "申报说明");
        body.put("evidenceIds", evidence);
        body.put("submit", submit);
        return body;
    }

    private static String monthTotal(JsonNode scores, String month) {
        for (JsonNode period : scores.get("periods")) {
            if (period.get("period").asString().equals(month)) {
                return period.get("total").decimalValue().stripTrailingZeros().toPlainString();
            }
        }
        throw new AssertionError("no period " + month + " in " + scores);
    }

    private static List<String> fields(Response response) {
        List<String> fields = new ArrayList<>();
        if (response.status() == 400) {
            response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        }
        return fields;
    }

    private static String id(Response response) {
        return response.json().get("id").asString();
    }

    private static long version(Response response) {
        return response.json().get("version").asLong();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] jpeg(int size) {
        byte[] content = new byte[size];
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xD8;
        content[2] = (byte) 0xFF;
        content[3] = (byte) 0xE0;
        return content;
    }
}
