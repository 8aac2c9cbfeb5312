package cn.xianfeng.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;
import cn.xianfeng.testing.Xlsx;

import tools.jackson.databind.JsonNode;

class OrgImportTests extends IntegrationTest {

    private static final List<String> HEADINGS = List.of("组织名称", "组织类型", "上级组织", "组织编码", "领域", "排序号");

    @Test
    void aWholeTreeIsImportedFromOneSheetWithParentsNamedByNameOrCode() {
        Institution institution = onboard("导树党委");
        Browser admin = signedIn(institution);

        Response imported = admin.upload("/api/v1/orgs/import?parentId=" + institution.rootOrgId(), "orgs.xlsx", Xlsx.of(HEADINGS, List.of(
                List.of("机关党总支", "党总支", "", "ZZ", "", "1"),
                List.of("第一党支部", "党支部", "ZZ", "ZB-1", "机关", "1"),
                List.of("第二党支部", "党支部", "机关党总支", "ZB-2", "", "2"),
                List.of("第一党小组", "党小组", "ZB-1", "", "", ""),
                List.of("第一党小组", "党小组", "ZB-2", "", "", ""))));

        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(5);
        JsonNode subtree = admin.get("/api/v1/orgs/" + institution.rootOrgId() + "/subtree").json();
        assertThat(subtree.size()).isEqualTo(6);
        assertThat(subtree).filteredOn(node -> "第一党支部".equals(node.get("name").asString()))
            .singleElement().satisfies(node -> {
                assertThat(node.get("domain").asString()).isEqualTo("AGENCY");
                assertThat(node.get("childCount").asInt()).isEqualTo(1);
            });
        assertThat(admin.get("/api/v1/audit-log").json().get("items").get(0).get("action").asString()).isEqualTo("ORGS_IMPORTED");
    }

    @Test
    void badRowsAreAllListedAndNothingIsCreated() {
        Institution institution = onboard("错树党委");
        Browser admin = signedIn(institution);
        long before = asOwner().sql("select count(*) from orgs where tenant_id = ?").param(institution.tenantId()).query(Long.class).single();

        Response rejected = admin.upload("/api/v1/orgs/import?parentId=" + institution.rootOrgId(), "orgs.xlsx", Xlsx.of(HEADINGS, List.of(
                List.of("好支部", "党支部", "", "A-1", "", ""),
                List.of("坏类型", "支部", "", "", "", ""),
                List.of("根下小组", "党小组", "", "", "", ""),
                List.of("重码支部", "党支部", "", "A-1", "", ""),
                List.of("无主小组", "党小组", "不存在", "", "", ""))));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.json().get("rows")).extracting(row -> row.get("row").asInt() + " " + row.get("column").asString())
            .containsExactly("3 组织类型", "4 组织类型", "5 组织编码", "6 上级组织");
        assertThat(asOwner().sql("select count(*) from orgs where tenant_id = ?").param(institution.tenantId()).query(Long.class).single())
            .isEqualTo(before);
    }
}
