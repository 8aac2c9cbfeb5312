package cn.xianfeng.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.xianfeng.calendar.ChinaCalendar;
import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;
import cn.xianfeng.testing.TestClock;
import cn.xianfeng.testing.Xlsx;

import tools.jackson.databind.JsonNode;

class ExemptionTests extends IntegrationTest {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

    @Autowired
    private TestClock clock;

    @Test
    void anApplicationGoesThroughEveryStepToApprovalAndItsFormExportsAsXlsxAndPdf() throws IOException {
        Institution institution = onboard("免于积分党委");
        Browser admin = signedIn(institution);
        UUID branch = OrgTreeTests.create(admin, institution.rootOrgId(), "BRANCH", "离退休党支部");
        UUID member = addMember(admin, branch, "王老党员", "FULL", null, newMobile());
        LocalDate today = LocalDate.now(ChinaCalendar.ZONE);

        Response applied = admin.postJson("/api/v1/exemptions", application(member, "ELDERLY_OR_ILL", "长期卧床",
                today.withDayOfMonth(1), today.withDayOfMonth(1).plusYears(1).minusDays(1), true, today.minusDays(20)));
        assertThat(applied.status()).as("%s", applied).isEqualTo(201);
        UUID id = UUID.fromString(applied.json().get("exemption").get("id").asString());
        assertThat(status(applied)).isEqualTo("AWAITING_COMMITTEE_REVIEW");
        assertThat(actions(applied)).containsExactly("REVIEW_COMMITTEE", "WITHDRAW");

        Response wrongStage = review(admin, id, applied, "MEETING", true, today.minusDays(19), null);
        assertThat(wrongStage.status()).isEqualTo(409);
        assertThat(wrongStage.json().get("errors").get(0).get("field").asString()).isEqualTo("stage");

        Response reviewed = review(admin, id, applied, "COMMITTEE", true, today.minusDays(18), "经支委会研究同意");
        assertThat(status(reviewed)).isEqualTo("AWAITING_MEETING_APPROVAL");
        Response approved = review(admin, id, reviewed, "MEETING", true, today.minusDays(15), null);
        assertThat(status(approved)).isEqualTo("AWAITING_PUBLICITY");
        Response publicised = admin.postJson("/api/v1/exemptions/" + id + "/publicity",
                Map.of("version", version(approved), "startsOn", today.minusDays(14).toString(), "days", 7));
        assertThat(status(publicised)).isEqualTo("IN_PUBLICITY");
        assertThat(publicised.json().get("exemption").get("publicityTo").asString()).isEqualTo(today.minusDays(8).toString());
        Response closed = admin.postJson("/api/v1/exemptions/" + id + "/publicity/close",
                Map.of("version", version(publicised), "approved", true));
        assertThat(status(closed)).as("%s", closed).isEqualTo("AWAITING_UPPER_APPROVAL");
        assertThat(actions(closed)).as("the root's admin approves for the committee above the branch").contains("REVIEW_UPPER");
        Response upper = review(admin, id, closed, "UPPER", true, today, "机关工委批准");

        assertThat(status(upper)).isEqualTo("APPROVED");
        assertThat(actions(upper)).containsExactly("END");
        assertThat(upper.json().get("steps")).extracting(step -> step.get("step").asString())
            .containsExactly("APPLIED", "COMMITTEE_REVIEW", "MEETING_APPROVAL", "PUBLICITY_OPENED", "PUBLICITY_CLOSED",
                    "UPPER_APPROVAL");
        assertThat(upper.json().get("steps").get(1).get("note").asString()).isEqualTo("经支委会研究同意");
        assertThat(admin.get("/api/v1/audit-log").body()).contains("EXEMPTION_APPLIED", "EXEMPTION_COMMITTEE_REVIEW",
                "EXEMPTION_MEETING_APPROVAL", "EXEMPTION_PUBLICITY_OPENED", "EXEMPTION_PUBLICITY_CLOSED",
                "EXEMPTION_UPPER_APPROVAL");
        assertThat(admin.get("/api/v1/exemptions?orgId=" + branch + "&status=APPROVED").json().get("total").asLong()).isEqualTo(1);

        Browser.Download xlsx = admin.download("/api/v1/exemptions/" + id + "/form.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentDisposition()).contains("filename*=UTF-8''");
        String sheet = String.join("|", Xlsx.texts(xlsx.content()));
        assertThat(sheet).contains("不参加积分管理党员审批表", "王老党员", "正式党员", "离退休党支部",
                "年老体弱、长期患病等无法参加。长期卧床", "同意。经支委会研究同意（" + CHINESE_DATE.format(today.minusDays(18)) + "）",
                "公示，无异议", "同意。机关工委批准");

        Browser.Download pdf = admin.download("/api/v1/exemptions/" + id + "/form.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("不参加积分管理党员审批表", "王老党员", "离退休党支部", "经支委会研究同意",
                    CHINESE_DATE.format(today.minusDays(15)), "机关工委批准");
            List<PDFont> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name));
            }
            assertThat(fonts).as("the Chinese font travels inside the PDF").anyMatch(PDFont::isEmbedded);
        }
    }

    @Test
    void badStepsAreRefusedWithAClearReasonAndChangeNothing() {
        Institution institution = onboard("免于积分规则党委");
        Browser admin = signedIn(institution);
        UUID branch = OrgTreeTests.create(admin, institution.rootOrgId(), "BRANCH", "支部");
        UUID member = addMember(admin, branch, "李四", "FULL", null, newMobile());
        LocalDate today = LocalDate.now(ChinaCalendar.ZONE);

        Response notRecent = admin.postJson("/api/v1/exemptions",
                application(member, "RECENTLY_JOINED", null, today, null, false, today));
        assertThat(notRecent.status()).isEqualTo(400);
        assertThat(notRecent.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(notRecent.json().get("errors").get(0).get("message").asString()).contains("已满 6 个月");
        Response otherWithoutDetails = admin.postJson("/api/v1/exemptions",
                application(member, "OTHER", null, today, null, false, today));
        assertThat(otherWithoutDetails.json().get("errors").get(0).get("field").asString()).isEqualTo("details");
        Response endBeforeStart = admin.postJson("/api/v1/exemptions",
                application(member, "ELDERLY_OR_ILL", null, today, today.minusDays(1), false, today));
        assertThat(endBeforeStart.json().get("errors").get(0).get("field").asString()).isEqualTo("effectiveTo");
        Response future = admin.postJson("/api/v1/exemptions",
                application(member, "ELDERLY_OR_ILL", null, today, null, false, today.plusDays(1)));
        assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("appliedOn");
        assertThat(count("exemptions", institution)).isZero();

        Response applied = admin.postJson("/api/v1/exemptions",
                application(member, "ELDERLY_OR_ILL", null, today.minusMonths(1), null, false, today.minusDays(5)));
        UUID id = UUID.fromString(applied.json().get("exemption").get("id").asString());
        Response overlapping = admin.postJson("/api/v1/exemptions",
                application(member, "ELDERLY_OR_ILL", null, today.plusYears(2), null, false, today));
        assertThat(overlapping.status()).as("an open-ended application overlaps every later one").isEqualTo(409);

        Response rejectedWithoutReason = review(admin, id, applied, "COMMITTEE", false, today, null);
        assertThat(rejectedWithoutReason.json().get("errors").get(0).get("field").asString()).isEqualTo("note");
        Response beforeApplication = review(admin, id, applied, "COMMITTEE", true, today.minusDays(6), null);
        assertThat(beforeApplication.json().get("errors").get(0).get("field").asString()).isEqualTo("decidedOn");
        Response stale = admin.postJson("/api/v1/exemptions/" + id + "/review", Map.of("version", 99, "stage", "COMMITTEE",
                "approved", true, "decidedOn", today.toString()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(count("exemption_steps", institution)).isEqualTo(1);

        Response reviewed = review(admin, id, applied, "COMMITTEE", true, today, null);
        Response met = review(admin, id, reviewed, "MEETING", true, today, null);
        Response publicised = admin.postJson("/api/v1/exemptions/" + id + "/publicity",
                Map.of("version", version(met), "startsOn", today.toString(), "days", 5));
        assertThat(actions(publicised)).doesNotContain("CLOSE_PUBLICITY");
        Response early = admin.postJson("/api/v1/exemptions/" + id + "/publicity/close",
                Map.of("version", version(publicised), "approved", true));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("公示期尚未结束");

        Response withdrawn = admin.postJson("/api/v1/exemptions/" + id + "/withdraw", Map.of("version", version(publicised)));
        assertThat(status(withdrawn)).isEqualTo("WITHDRAWN");
        assertThat(actions(withdrawn)).isEmpty();
        Response again = admin.postJson("/api/v1/exemptions",
                application(member, "ELDERLY_OR_ILL", null, today.plusYears(2), null, false, today));
        assertThat(again.status()).as("a withdrawn application no longer blocks the dates").isEqualTo(201);
    }

    @Test
    void anApprovedExemptionCanEndEarlyAndOnlyLeadersAboveTheBranchGiveTheUpperApproval() {
        Institution institution = onboard("免于积分上级党委");
        Browser admin = signedIn(institution);
        UUID branch = OrgTreeTests.create(admin, institution.rootOrgId(), "BRANCH", "支部");
        UUID member = addMember(admin, branch, "流动党员", "FULL", null, newMobile());
        String email = "secretary-" + UUID.randomUUID() + "@example.cn";
        UUID secretaryMember = addMember(admin, branch, "书记", "FULL", email, null);
        Response assigned = admin.postJson("/api/v1/orgs/" + branch + "/roles", Map.of("memberId", secretaryMember, "role", "SECRETARY"));
        browser().activate(assigned.json().get("invitationLink").asString(), "secretary-pass-1", "secretary-pass-1");
        Browser secretary = browser().signIn(email, "secretary-pass-1");
        LocalDate today = LocalDate.now(ChinaCalendar.ZONE);
        LocalDate start = today.minusMonths(3);

        Response closed = pastPublicity(secretary, application(member, "LONG_ABSENT_FLOATING", null, start, null, true,
                today.minusDays(30)));
        UUID id = UUID.fromString(closed.json().get("exemption").get("id").asString());
        assertThat(actions(closed)).as("the secretary is not above the branch").doesNotContain("REVIEW_UPPER");
        Response notUpper = review(secretary, id, closed, "UPPER", true, today, null);
        assertThat(notUpper.status()).isEqualTo(403);
        Response upper = review(admin, id, closed, "UPPER", true, today, null);
        assertThat(status(upper)).isEqualTo("APPROVED");

        Response outside = secretary.postJson("/api/v1/exemptions/" + id + "/end",
                Map.of("version", version(upper), "lastDay", start.minusDays(1).toString()));
        assertThat(outside.json().get("errors").get(0).get("field").asString()).isEqualTo("lastDay");
        Response ended = secretary.postJson("/api/v1/exemptions/" + id + "/end",
                Map.of("version", version(upper), "lastDay", today.toString(), "note", "已返回本地"));
        assertThat(ended.json().get("exemption").get("effectiveTo").asString()).isEqualTo(today.toString());
        Response endedYesterday = secretary.postJson("/api/v1/exemptions/" + id + "/end",
                Map.of("version", ended.json().get("exemption").get("version").asLong(), "lastDay", today.minusDays(1).toString()));
        assertThat(actions(endedYesterday)).as("nothing left to end once over").isEmpty();
        assertThat(admin.get("/api/v1/audit-log").body()).contains("EXEMPTION_ENDED");
    }

    @Test
    void datesAreJudgedOnChinasCalendarWhileUtcIsStillOnTheDayBefore() {
        Institution institution = onboard("免于积分时区党委");
        Browser admin = signedIn(institution);
        UUID branch = OrgTreeTests.create(admin, institution.rootOrgId(), "BRANCH", "支部");
        UUID member = addMember(admin, branch, "赵党员", "FULL", null, newMobile());
        // 00:30 on China's next day: UTC, the server's zone and the real clock are all still on the day before
        LocalDate today = LocalDate.now(ChinaCalendar.ZONE).plusDays(1);
        try (TestClock.Travel night = clock.travelTo(today.atTime(0, 30).atZone(ChinaCalendar.ZONE).toInstant())) {
            Response future = admin.postJson("/api/v1/exemptions",
                    application(member, "ELDERLY_OR_ILL", null, today, null, true, today.plusDays(1)));
            assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("appliedOn");
            Response applied = admin.postJson("/api/v1/exemptions",
                    application(member, "ELDERLY_OR_ILL", null, today, null, true, today.minusDays(7)));
            assertThat(applied.status()).as("%s", applied).isEqualTo(201);
            UUID id = UUID.fromString(applied.json().get("exemption").get("id").asString());
            Response reviewed = review(admin, id, applied, "COMMITTEE", true, today.minusDays(6), null);
            Response met = review(admin, id, reviewed, "MEETING", true, today.minusDays(6), null);
            Response publicised = admin.postJson("/api/v1/exemptions/" + id + "/publicity",
                    Map.of("version", version(met), "startsOn", today.minusDays(5).toString(), "days", 5));
            assertThat(publicised.json().get("exemption").get("publicityTo").asString()).isEqualTo(today.minusDays(1).toString());
            assertThat(actions(publicised)).as("publicity that ended yesterday in China may close").contains("CLOSE_PUBLICITY");
            Response closed = admin.postJson("/api/v1/exemptions/" + id + "/publicity/close",
                    Map.of("version", version(publicised), "approved", true));
            assertThat(closed.status()).as("%s", closed).isEqualTo(200);
            assertThat(status(closed)).isEqualTo("AWAITING_UPPER_APPROVAL");
            Response upper = review(admin, id, closed, "UPPER", true, today, null);
            assertThat(upper.status()).as("China's today is not in the future: %s", upper).isEqualTo(200);
            assertThat(status(upper)).isEqualTo("APPROVED");
            assertThat(upper.json().get("steps")).extracting(step -> step.get("step").asString() + " " + step.get("decidedOn").asString())
                .endsWith("PUBLICITY_CLOSED " + today, "UPPER_APPROVAL " + today);
        }
    }

    @Test
    void aMemberWhoMovesBranchLeavesTheirApplicationInFlightWithdrawnButKeepsAnApprovedExemption() {
        Institution institution = onboard("免于积分转出党委");
        Browser admin = signedIn(institution);
        UUID from = OrgTreeTests.create(admin, institution.rootOrgId(), "BRANCH", "转出支部");
        UUID to = OrgTreeTests.create(admin, institution.rootOrgId(), "BRANCH", "转入支部");
        UUID applying = addMember(admin, from, "申请中党员", "FULL", null, newMobile());
        UUID exempt = addMember(admin, from, "已批准党员", "FULL", null, newMobile());
        LocalDate today = LocalDate.now(ChinaCalendar.ZONE);

        Response inFlight = admin.postJson("/api/v1/exemptions",
                application(applying, "ELDERLY_OR_ILL", null, today, null, false, today.minusDays(3)));
        UUID inFlightId = UUID.fromString(inFlight.json().get("exemption").get("id").asString());
        review(admin, inFlightId, inFlight, "COMMITTEE", true, today.minusDays(2), null);
        Response approved = pastPublicity(admin, application(exempt, "ELDERLY_OR_ILL", null, today, null, false, today.minusDays(20)));
        assertThat(status(approved)).isEqualTo("APPROVED");
        UUID approvedId = UUID.fromString(approved.json().get("exemption").get("id").asString());

        for (UUID member : List.of(applying, exempt)) {
            Response moved = admin.postJson("/api/v1/members/" + member + "/transfer", Map.of("version",
                    admin.get("/api/v1/members/" + member).json().get("version").asLong(), "toBranchId", to,
                    "transferredOn", today.toString()));
            assertThat(moved.status()).as("%s", moved).isEqualTo(200);
        }

        Response withdrawn = admin.get("/api/v1/exemptions/" + inFlightId);
        assertThat(status(withdrawn)).isEqualTo("WITHDRAWN");
        JsonNode lastStep = withdrawn.json().get("steps").get(withdrawn.json().get("steps").size() - 1);
        assertThat(lastStep.get("step").asString()).isEqualTo("WITHDRAWN");
        assertThat(lastStep.get("note").asString()).isEqualTo("党员已转至其他支部，申请随之撤回；如仍需要，请由新支部重新办理。");
        assertThat(lastStep.get("decidedOn").asString()).isEqualTo(today.toString());
        assertThat(status(admin.get("/api/v1/exemptions/" + approvedId))).as("an approved exemption stays in force")
            .isEqualTo("APPROVED");
        assertThat(admin.get("/api/v1/audit-log").body()).contains("EXEMPTION_WITHDRAWN");

        Response again = admin.postJson("/api/v1/exemptions",
                application(applying, "RECENTLY_JOINED", null, today, null, false, today));
        assertThat(again.status()).as("the new branch applies anew, on the transfer as its reason: %s", again).isEqualTo(201);
        assertThat(again.json().get("exemption").get("branchId").asString()).isEqualTo(to.toString());
    }

    /**
     * Applies, then takes the application through the committee, the meeting and a five-day publicity, one day
     * after another from the application's date, and closes the publicity: approved, or awaiting the upper approval.
     */
    private static Response pastPublicity(Browser caller, Map<String, Object> application) {
        LocalDate appliedOn = LocalDate.parse((String) application.get("appliedOn"));
        Response applied = caller.postJson("/api/v1/exemptions", application);
        assertThat(applied.status()).as("%s", applied).isEqualTo(201);
        UUID id = UUID.fromString(applied.json().get("exemption").get("id").asString());
        Response reviewed = review(caller, id, applied, "COMMITTEE", true, appliedOn.plusDays(1), null);
        Response met = review(caller, id, reviewed, "MEETING", true, appliedOn.plusDays(2), null);
        Response publicised = caller.postJson("/api/v1/exemptions/" + id + "/publicity",
                Map.of("version", version(met), "startsOn", appliedOn.plusDays(3).toString(), "days", 5));
        Response closed = caller.postJson("/api/v1/exemptions/" + id + "/publicity/close",
                Map.of("version", version(publicised), "approved", true));
        assertThat(closed.status()).as("%s", closed).isEqualTo(200);
        return closed;
    }

    private long count(String table, Institution institution) {
        return asOwner().sql("select count(*) from " + table + " where tenant_id = ?").param(institution.tenantId())
            .query(Long.class).single();
    }

    private static Map<String, Object> application(UUID member, String reason, String details, LocalDate from, LocalDate to,
            boolean upper, LocalDate appliedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("memberId", member);
        body.put("reason", reason);
        body.put("details", details);
        body.put("effectiveFrom", from.toString());
        body.put("effectiveTo", to == null ? null : to.toString());
        body.put("upperApprovalRequired", upper);
        body.put("appliedOn", appliedOn.toString());
        return body;
    }

    private static Response review(Browser caller, UUID id, Response current, String stage, boolean approved, LocalDate on,
            String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version(current));
        body.put("stage", stage);
        body.put("approved", approved);
        body.put("decidedOn", on.toString());
        body.put("note", note);
        return caller.postJson("/api/v1/exemptions/" + id + "/review", body);
    }

    private static long version(Response detail) {
        return detail.json().get("exemption").get("version").asLong();
    }

    private static String status(Response detail) {
        return detail.json().get("exemption").get("status").asString();
    }

    private static List<String> actions(Response detail) {
        List<String> actions = new ArrayList<>();
        detail.json().get("actions").forEach((JsonNode action) -> actions.add(action.asString()));
        return actions;
    }
}
