package cn.xianfeng.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Xlsx;

/** 月份党员量化积分登记表 and 党员季度积分申请表: the numbers read back out of the xlsx and the PDF. */
class ScoreFormTests extends IntegrationTest {

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private final YearMonth month = YearMonth.from(today);

    @Test
    void theMonthlyRegisterAndTheQuarterlyApplicationCarryTheScoresAndNoFormula() throws Exception {
        Institution institution = onboard("登记表党委");
        Browser admin = signedIn(institution);
        UUID branch = UUID.fromString(admin.postJson("/api/v1/orgs", Map.of("parentId", institution.rootOrgId(), "type", "BRANCH",
                "name", "第一党支部")).json().get("id").asString());
        var scheme = admin.postJson("/api/v1/orgs/" + institution.rootOrgId() + "/schemes", Map.of("year", today.getYear(),
                "preset", "monthly-top-three"));
        admin.postJson("/api/v1/schemes/" + scheme.json().get("id").asString() + "/versions/1/publish", Map.of("lock", scheme.json().get("lock").asLong()));
        UUID sly = addMember(admin, branch, "=HYPERLINK(\"http://evil.example\",\"点我\")", "sly-" + UUID.randomUUID() + "@example.cn");
        UUID member = addMember(admin, branch, "登记党员", "registered-" + UUID.randomUUID() + "@example.cn");
        for (Map<String, Object> entry : List.<Map<String, Object>>of(
                Map.of("memberId", member, "item", "P6-LIFE-DUES", "month", month.toString()),
                Map.of("memberId", member, "item", "P6-WORK-DUTIES", "month", month.toString(), "points", 18),
                Map.of("memberId", sly, "item", "P6-RULES-LAPSE", "month", month.toString(), "quantity", 1, "reason", "+1 迟到"))) {
            assertThat(admin.postJson("/api/v1/ledger-entries", entry).status()).isEqualTo(201);
        }

        var xlsx = admin.download("/api/v1/forms/monthly-register.xlsx?branchId=" + branch + "&month=" + month);
        assertThat(xlsx.status()).isEqualTo(200);
        List<String> cells = Xlsx.texts(xlsx.content());
        assertThat(cells).contains("月份党员量化积分登记表", "登记党员", "=HYPERLINK(\"http://evil.example\",\"点我\")", "严格组织生活", "完成业务工作");
        // 登记党员: 严格组织生活 5, 完成业务工作 18, 遵守纪律规矩 starts full at 10 → 33.
        assertThat(cells).contains("33");
        assertThat(cells.stream().filter(cell -> cell.startsWith("按时足额交纳党费")).findFirst()).isPresent();
        assertThat(Xlsx.formulas(xlsx.content())).as("text stays text").isEmpty();

        var pdf = admin.download("/api/v1/forms/monthly-register.pdf?branchId=" + branch + "&month=" + month);
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("月份党员量化积分登记表", "第一党支部", "登记党员", "33", "按时足额交纳党费+5分");
        }

        String quarter = today.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
        var application = admin.download("/api/v1/forms/quarterly-application.xlsx?memberId=" + member + "&quarter=" + quarter);
        assertThat(Xlsx.texts(application.content())).contains("党员季度积分申请表", "33").anyMatch(cell -> cell.contains("完成本职业务工作 +18分"))
            .anyMatch(cell -> cell.endsWith("（已计月份平均）"));
        var applicationPdf = admin.download("/api/v1/forms/quarterly-application.pdf?memberId=" + member + "&quarter=" + quarter);
        try (PDDocument document = Loader.loadPDF(applicationPdf.content())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains("党员季度积分申请表", "登记党员", "完成本职业务工作+18分");
        }
        assertThat(signedIn(onboard("旁人党委")).download("/api/v1/forms/monthly-register.xlsx?branchId=" + branch + "&month=" + month).status())
            .isEqualTo(404);
    }
}
