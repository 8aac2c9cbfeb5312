package cn.xianfeng.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;

import tools.jackson.databind.JsonNode;

class OrgTreeTests extends IntegrationTest {

    @Test
    void anAdminBuildsCommitteeGeneralBranchBranchesAndGroups() {
        Institution institution = onboard("建树党委");
        Browser admin = signedIn(institution);

        UUID general = create(admin, institution.rootOrgId(), "GENERAL_BRANCH", "机关党总支");
        UUID first = create(admin, general, "BRANCH", "第一党支部");
        UUID second = create(admin, general, "BRANCH", "第二党支部");
        UUID group = create(admin, first, "GROUP", "第一党小组");

        JsonNode subtree = admin.get("/api/v1/orgs/" + institution.rootOrgId() + "/subtree").json();
        assertThat(subtree.size()).isEqualTo(5);
        assertThat(byId(subtree, general).get("childCount").asLong()).isEqualTo(2);
        assertThat(byId(subtree, group).get("parentId").asString()).isEqualTo(first.toString());
        assertThat(admin.get("/api/v1/orgs?parentId=" + general).json()).extracting(node -> node.get("id").asString())
            .containsExactlyInAnyOrder(first.toString(), second.toString());
        assertThat(admin.get("/api/v1/orgs").json().get(0).get("id").asString())
            .as("without a parent, the list starts at the caller's top node").isEqualTo(institution.rootOrgId().toString());
    }

    @Test
    void theTypeRulesDecideWhatMayStandUnderWhat() {
        Institution institution = onboard("类型党委");
        Browser admin = signedIn(institution);
        UUID branch = create(admin, institution.rootOrgId(), "BRANCH", "支部");
        UUID group = create(admin, branch, "GROUP", "小组");

        assertFieldError(admin.postJson("/api/v1/orgs", form(institution.rootOrgId(), "GROUP", "根下小组")), "type");
        assertFieldError(admin.postJson("/api/v1/orgs", form(branch, "BRANCH", "支部下支部")), "type");
        assertFieldError(admin.postJson("/api/v1/orgs", form(group, "GROUP", "小组下小组")), "type");
        Map<String, Object> committeeWithDomain = form(institution.rootOrgId(), "COMMITTEE", "有领域的党委");
        committeeWithDomain.put("domain", "RURAL");
        assertFieldError(admin.postJson("/api/v1/orgs", committeeWithDomain), "domain");
        Map<String, Object> ruralBranch = form(institution.rootOrgId(), "BRANCH", "农村支部");
        ruralBranch.put("domain", "RURAL");
        assertThat(admin.postJson("/api/v1/orgs", ruralBranch).json().get("domain").asString()).isEqualTo("RURAL");
    }

    @Test
    void movingASubtreeRewritesEveryPathBelowItInOneGo() {
        Institution institution = onboard("搬迁党委");
        Browser admin = signedIn(institution);
        UUID oldGeneral = create(admin, institution.rootOrgId(), "GENERAL_BRANCH", "旧总支");
        UUID newGeneral = create(admin, institution.rootOrgId(), "GENERAL_BRANCH", "新总支");
        UUID branch = create(admin, oldGeneral, "BRANCH", "搬家支部");
        UUID group = create(admin, branch, "GROUP", "随迁小组");

        Response moved = admin.postJson("/api/v1/orgs/" + branch + "/move",
                Map.of("version", version(admin, branch), "newParentId", newGeneral));

        assertThat(moved.status()).as("%s", moved).isEqualTo(200);
        assertThat(moved.json().get("parentId").asString()).isEqualTo(newGeneral.toString());
        String groupPath = asOwner().sql("select path::text from orgs where id = ?").param(group).query(String.class).single();
        assertThat(groupPath).isEqualTo(String.join(".", label(institution.rootOrgId()), label(newGeneral), label(branch), label(group)));
        assertThat(admin.get("/api/v1/orgs/" + oldGeneral).json().get("childCount").asLong()).isZero();
        assertThat(admin.get("/api/v1/orgs/" + newGeneral + "/subtree").json().size()).isEqualTo(3);
    }

    @Test
    void aNodeCannotMoveUnderItselfNorCanTheRootMove() {
        Institution institution = onboard("循环党委");
        Browser admin = signedIn(institution);
        UUID general = create(admin, institution.rootOrgId(), "GENERAL_BRANCH", "总支");
        UUID branch = create(admin, general, "BRANCH", "支部");
        UUID committee = create(admin, institution.rootOrgId(), "COMMITTEE", "下级党委");

        assertFieldError(admin.postJson("/api/v1/orgs/" + general + "/move",
                Map.of("version", version(admin, general), "newParentId", branch)), "newParentId");
        assertFieldError(admin.postJson("/api/v1/orgs/" + institution.rootOrgId() + "/move",
                Map.of("version", version(admin, institution.rootOrgId()), "newParentId", committee)), "newParentId");
        assertFieldError(admin.postJson("/api/v1/orgs/" + committee + "/move",
                Map.of("version", version(admin, committee), "newParentId", general)), "newParentId");
    }

    @Test
    void anUpdateBasedOnAStaleVersionIsAConflict() {
        Institution institution = onboard("并发党委");
        Browser admin = signedIn(institution);
        UUID branch = create(admin, institution.rootOrgId(), "BRANCH", "原名支部");
        long seen = version(admin, branch);
        assertThat(admin.send("PATCH", "/api/v1/orgs/" + branch, json(Map.of("version", seen, "name", "新名", "sortOrder", 1)),
                "application/json").status()).isEqualTo(200);

        Response stale = admin.send("PATCH", "/api/v1/orgs/" + branch,
                json(Map.of("version", seen, "name", "覆盖", "sortOrder", 2)), "application/json");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).isEqualTo("数据已被他人修改，请刷新后重试。");
        assertThat(admin.get("/api/v1/orgs/" + branch).json().get("name").asString()).isEqualTo("新名");
    }

    @Test
    void closingIsRefusedWhileOpenOrgsStandBelowAndHidesTheNodeFromListsAfterwards() {
        Institution institution = onboard("撤销党委");
        Browser admin = signedIn(institution);
        UUID branch = create(admin, institution.rootOrgId(), "BRANCH", "待撤支部");
        UUID group = create(admin, branch, "GROUP", "小组");

        Response refused = admin.postJson("/api/v1/orgs/" + branch + "/close", Map.of("version", version(admin, branch)));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("未撤销的下级组织");

        assertThat(admin.postJson("/api/v1/orgs/" + group + "/close", Map.of("version", version(admin, group))).status()).isEqualTo(200);
        Response closed = admin.postJson("/api/v1/orgs/" + branch + "/close", Map.of("version", version(admin, branch)));
        assertThat(closed.json().get("closed").asBoolean()).isTrue();
        assertThat(admin.get("/api/v1/orgs?parentId=" + institution.rootOrgId()).json().size()).isZero();
        assertThat(admin.get("/api/v1/orgs?parentId=" + institution.rootOrgId() + "&includeClosed=true").json().size()).isEqualTo(1);
        assertThat(admin.postJson("/api/v1/orgs", form(branch, "GROUP", "撤销后新建")).status()).isEqualTo(409);
        assertThat(admin.postJson("/api/v1/orgs/" + institution.rootOrgId() + "/close",
                Map.of("version", version(admin, institution.rootOrgId()))).status()).isEqualTo(409);
    }

    @Test
    void codesAreUniqueWithinAnInstitution() {
        Institution institution = onboard("编码党委");
        Browser admin = signedIn(institution);
        Map<String, Object> first = form(institution.rootOrgId(), "BRANCH", "一支部");
        first.put("code", "ZB-01");
        assertThat(admin.postJson("/api/v1/orgs", first).status()).isEqualTo(201);
        Map<String, Object> second = form(institution.rootOrgId(), "BRANCH", "二支部");
        second.put("code", "ZB-01");

        Response taken = admin.postJson("/api/v1/orgs", second);

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
        Institution other = onboard("别家党委");
        assertThat(signedIn(other).postJson("/api/v1/orgs", Map.of("parentId", other.rootOrgId(), "type", "BRANCH",
                "name", "同码支部", "code", "ZB-01")).status()).as("another institution may use it").isEqualTo(201);
    }

    @Test
    void aRoleAtABranchReachesThatBranchOnlyAndReadingIsNotAdministering() {
        Institution institution = onboard("分支党委");
        Browser admin = signedIn(institution);
        UUID first = create(admin, institution.rootOrgId(), "BRANCH", "一支部");
        UUID second = create(admin, institution.rootOrgId(), "BRANCH", "二支部");
        Institution secretarysOwn = onboard("书记原单位");
        grant(institution, secretarysOwn.adminId(), first, "SECRETARY");
        Browser secretary = signedIn(secretarysOwn).actingIn(institution.tenantId());

        assertThat(secretary.get("/api/v1/orgs").json()).extracting(node -> node.get("id").asString())
            .containsExactly(first.toString());
        assertThat(secretary.get("/api/v1/orgs/" + first).status()).isEqualTo(200);
        assertThat(secretary.get("/api/v1/orgs/" + second).status()).as("a sibling branch").isEqualTo(404);
        assertThat(secretary.get("/api/v1/orgs/" + institution.rootOrgId()).status()).as("the parent").isEqualTo(404);
        Response rename = secretary.send("PATCH", "/api/v1/orgs/" + first,
                json(Map.of("version", version(admin, first), "name", "改名", "sortOrder", 0)), "application/json");
        assertThat(rename.status()).as("seen but not administered").isEqualTo(403);
        assertThat(secretary.postJson("/api/v1/orgs", form(second, "GROUP", "潜入小组")).status()).isEqualTo(404);
    }

    private void grant(Institution institution, UUID userId, UUID orgId, String role) {
        asOwner().sql("insert into role_assignments (tenant_id, id, user_id, org_id, role) values (?, ?, ?, ?, ?)")
            .params(institution.tenantId(), UUID.randomUUID(), userId, orgId, role).update();
    }

    static UUID create(Browser admin, UUID parentId, String type, String name) {
        Response created = admin.postJson("/api/v1/orgs", form(parentId, type, name));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.header("Location")).endsWith(created.json().get("id").asString());
        return UUID.fromString(created.json().get("id").asString());
    }

    static Map<String, Object> form(UUID parentId, String type, String name) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("parentId", parentId);
        form.put("type", type);
        form.put("name", name);
        return form;
    }

    static long version(Browser admin, UUID id) {
        return admin.get("/api/v1/orgs/" + id).json().get("version").asLong();
    }

    private static void assertFieldError(Response response, String field) {
        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(response.json().get("errors").get(0).get("message").asString()).isNotBlank();
    }

    private static JsonNode byId(JsonNode nodes, UUID id) {
        for (JsonNode node : nodes) {
            if (node.get("id").asString().equals(id.toString())) {
                return node;
            }
        }
        throw new AssertionError("no node " + id);
    }

    private static String label(UUID id) {
        return id.toString().replace("-", "");
    }

    private static String json(Object body) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
    }
}
