package cn.xianfeng.organization;

import static cn.xianfeng.organization.OrgTreeTests.create;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;
import cn.xianfeng.testing.Xlsx;

import tools.jackson.databind.JsonNode;

class MemberImportTests extends IntegrationTest {

    private static final List<String> HEADINGS = List.of("姓名", "性别", "党员类别", "在岗情况", "党员领导干部", "入党日期",
            "所在党支部", "党小组", "手机号码", "电子邮箱");

    @Test
    void theTemplateIsAnXlsxWithTheChineseHeadings() throws IOException {
        Browser admin = signedIn(onboard("模板党委"));

        Browser.Download template = admin.download("/api/v1/members/import-template");

        assertThat(template.status()).isEqualTo(200);
        assertThat(template.contentDisposition()).contains("attachment").contains("UTF-8''");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template.content()))) {
            var firstRow = workbook.getFirstSheet().read().getFirst();
            assertThat(firstRow.getCellText(0)).isEqualTo("姓名");
            assertThat(firstRow.getCellText(6)).isEqualTo("所在党支部");
        }
    }

    @Test
    void fiveHundredRowsWithThreeBadOnesImportNothingAndListExactlyThoseThree() {
        Institution institution = onboard("批量党委");
        Browser admin = signedIn(institution);
        create(admin, institution.rootOrgId(), "BRANCH", "第一党支部");
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(row("党员" + i, "第一党支部", "1350000" + String.format("%04d", i)));
        }
        rows.get(9).set(8, "1234");                       // row 11: a malformed mobile
        rows.get(199).set(6, "不存在的支部");                 // row 201: an unknown branch
        rows.get(349).set(2, "党员");                        // row 351: not a status
        long auditBefore = auditCount(institution);

        Response rejected = admin.upload("/api/v1/members/import", "members.xlsx", xlsx(rows));

        assertThat(rejected.status()).as("%s", rejected).isEqualTo(422);
        assertThat(rejected.isProblem()).isTrue();
        assertThat(rejected.json().get("detail").asString()).isEqualTo("共 3 行有误，未导入任何数据。请按提示修改后重新导入。");
        JsonNode errors = rejected.json().get("rows");
        assertThat(errors).extracting(error -> error.get("row").asInt() + " " + error.get("column").asString())
            .containsExactly("11 手机号码", "201 所在党支部", "351 党员类别");
        assertThat(errors.get(2).get("message").asString()).contains("正式党员");
        assertThat(memberCount(institution)).isZero();
        assertThat(auditCount(institution)).isEqualTo(auditBefore);
    }

    @Test
    void twoHundredGoodRowsAreAllImportedInOneGoAndAudited() {
        Institution institution = onboard("导入党委");
        Browser admin = signedIn(institution);
        UUID branch = create(admin, institution.rootOrgId(), "BRANCH", "机关支部");
        create(admin, branch, "GROUP", "第一小组");
        Map<String, Object> coded = Map.of("parentId", institution.rootOrgId(), "type", "BRANCH", "name", "同名支部", "code", "TM-2");
        admin.postJson("/api/v1/orgs", coded);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 199; i++) {
            List<Object> row = row("成员" + i, "机关支部", i % 2 == 0 ? "1360000" + String.format("%04d", i) : "");
            row.set(7, i % 3 == 0 ? "第一小组" : "");
            rows.add(row);
        }
        rows.add(row("按编码", "TM-2", ""));

        Response imported = admin.upload("/api/v1/members/import", "members.xlsx", xlsx(rows));

        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(200);
        assertThat(admin.get("/api/v1/members?size=1").json().get("total").asLong()).isEqualTo(200);
        assertThat(admin.get("/api/v1/members?q=按编码").json().get("items").get(0).get("branchName").asString()).isEqualTo("同名支部");
        assertThat(admin.get("/api/v1/members?q=成员0").json().get("items").get(0).get("groupName").asString()).isEqualTo("第一小组");
        JsonNode audit = admin.get("/api/v1/audit-log").json().get("items").get(0);
        assertThat(audit.get("action").asString()).isEqualTo("MEMBERS_IMPORTED");
        assertThat(audit.get("after").get("count").asInt()).isEqualTo(200);
    }

    @Test
    void mobilesMustBeUniqueInTheFileAndInTheInstitution() {
        Institution institution = onboard("重复党委");
        Browser admin = signedIn(institution);
        create(admin, institution.rootOrgId(), "BRANCH", "支部");
        assertThat(admin.upload("/api/v1/members/import", "a.xlsx", xlsx(List.of(row("已在库", "支部", "13711110000")))).status())
            .isEqualTo(200);

        Response rejected = admin.upload("/api/v1/members/import", "b.xlsx", xlsx(List.of(
                row("甲", "支部", "13711110000"), row("乙", "支部", "13722220000"), row("丙", "支部", "13722220000"))));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.json().get("rows")).extracting(error -> error.get("row").asInt() + " " + error.get("message").asString())
            .containsExactly("2 本机构已有党员使用该手机号码。", "4 与第 3 行的手机号码重复。");
    }

    @Test
    void aBranchOfAnotherInstitutionIsUnknownHereAndAFileThatIsNotXlsxIsRefused() {
        Institution mine = onboard("本方党委");
        Institution theirs = onboard("他方党委");
        create(signedIn(theirs), theirs.rootOrgId(), "BRANCH", "他方支部");
        Browser admin = signedIn(mine);

        Response rejected = admin.upload("/api/v1/members/import", "x.xlsx", xlsx(List.of(row("潜入者", "他方支部", ""))));
        Response notXlsx = admin.upload("/api/v1/members/import", "x.xlsx", "姓名,党员类别".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.json().get("rows").get(0).get("column").asString()).isEqualTo("所在党支部");
        assertThat(notXlsx.status()).isEqualTo(400);
        assertThat(notXlsx.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(memberCount(theirs)).isZero();
    }

    private static List<Object> row(String name, String branch, String mobile) {
        return new ArrayList<>(List.of(name, "女", "正式党员", "在职", "否", "2015-07-01", branch, "", mobile, ""));
    }

    private static byte[] xlsx(List<List<Object>> rows) {
        return Xlsx.of(HEADINGS, rows);
    }

    private long memberCount(Institution institution) {
        return asOwner().sql("select count(*) from members where tenant_id = ?").param(institution.tenantId()).query(Long.class).single();
    }

    private long auditCount(Institution institution) {
        return asOwner().sql("select count(*) from audit_log where tenant_id = ?").param(institution.tenantId()).query(Long.class).single();
    }
}
