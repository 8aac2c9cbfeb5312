package cn.xianfeng.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;
import tools.jackson.databind.JsonNode;

/** Who is scored but not graded: an activist (seed 001), and a member exempt from points management all year. */
class GradeEligibilityTests extends IntegrationTest {

    private static final String THIS_MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();

    @Test
    void anActivistIsScoredLikeAFullMemberButNeverGraded() {
        Institution institution = onboard("积极分子党委");
        Browser admin = signedIn(institution);
        UUID branch = branchScoredBy(admin, institution, "积极分子支部", "annual-from-zero", YEAR);
        UUID activist = addMember(admin, branch, "积极分子", "ACTIVIST", null, null);
        UUID full = addMember(admin, branch, "正式党员", "FULL", null, null);
        for (UUID member : new UUID[] {activist, full}) {
            Response recorded = admin.postJson("/api/v1/ledger-entries", Map.of("memberId", member, "item", "P2-SPEECH", "month", THIS_MONTH, "quantity", 3));
            assertThat(recorded.status()).as("%s", recorded).isEqualTo(201);
        }

        JsonNode ofActivist = admin.get("/api/v1/scores?memberId=" + activist + "&year=" + YEAR).json();
        JsonNode ofFull = admin.get("/api/v1/scores?memberId=" + full + "&year=" + YEAR).json();

        assertThat(ofActivist.get("annual").decimalValue()).isEqualByComparingTo(ofFull.get("annual").decimalValue());
        assertThat(ofActivist.get("grade").isNull()).isTrue();
        assertThat(ofActivist.get("notGraded").asString()).isEqualTo("ACTIVIST");
        assertThat(ofFull.get("grade").isNull()).isFalse();
        assertThat(ofFull.get("notGraded").isNull()).isTrue();
    }

    @Test
    void aMemberExemptForEveryMonthSoFarIsNotGradedRatherThanUnqualified() {
        Institution institution = onboard("全年免于积分党委");
        Browser admin = signedIn(institution);
        UUID branch = branchScoredBy(admin, institution, "免于积分支部", "annual-from-zero", YEAR);
        UUID exempt = addMember(admin, branch, "长期病休党员", "FULL", null, null);
        asOwner().sql("""
                insert into exemptions (tenant_id, id, member_id, branch_id, reason, effective_from, upper_approval_required, status,
                                        applied_on)
                values (?, ?, ?, ?, 'ELDERLY_OR_ILL', ?, false, 'APPROVED', ?)""")
            .params(institution.tenantId(), UUID.randomUUID(), exempt, branch, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 1, 1))
            .update();

        JsonNode scores = admin.get("/api/v1/scores?memberId=" + exempt + "&year=" + YEAR).json();

        assertThat(scores.get("grade").isNull()).as("%s", scores).isTrue();
        assertThat(scores.get("notGraded").asString()).isEqualTo("EXEMPT_ALL_YEAR");
        assertThat(scores.get("exemptMonths")).hasSize(YearMonth.now(ZoneId.of("Asia/Shanghai")).getMonthValue());
    }
}
