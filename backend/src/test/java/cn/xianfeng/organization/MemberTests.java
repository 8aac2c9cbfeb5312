package cn.xianfeng.organization;

import static cn.xianfeng.organization.OrgTreeTests.create;
import static cn.xianfeng.organization.OrgTreeTests.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;

import tools.jackson.databind.JsonNode;

class MemberTests extends IntegrationTest {

    @Test
    void aMemberIsAddedToABranchAndOneOfItsGroups() {
        Institution institution = onboard("党员党委");
        Browser admin = signedIn(institution);
        UUID branch = create(admin, institution.rootOrgId(), "BRANCH", "机关支部");
        UUID group = create(admin, branch, "GROUP", "第一小组");
        Map<String, Object> details = details("李四", "FULL");
        details.put("leaderCadre", true);
        details.put("mobile", "13911112222");

        Response added = admin.postJson("/api/v1/members", Map.of("branchId", branch, "groupId", group, "details", details));

        assertThat(added.status()).as("%s", added).isEqualTo(201);
        JsonNode member = added.json();
        assertThat(member.get("branchName").asString()).isEqualTo("机关支部");
        assertThat(member.get("groupName").asString()).isEqualTo("第一小组");
        assertThat(member.get("leaderCadre").asBoolean()).isTrue();
        assertThat(admin.get("/api/v1/members?orgId=" + institution.rootOrgId() + "&q=李").json().get("total").asLong()).isEqualTo(1);
        assertThat(admin.get("/api/v1/members?q=13911112222").json().get("items").get(0).get("name").asString()).isEqualTo("李四");
        assertThat(asOwner().sql("select count(*) from information_schema.columns where table_name = 'members' and (column_name ilike '%id_card%' or column_name ilike '%identity%')")
            .query(Long.class).single()).as("no national ID number is stored").isZero();
    }

    @Test
    void membersBelongToBranchesOnlyAndGroupsOfTheirBranch() {
        Institution institution = onboard("规则党委");
        Browser admin = signedIn(institution);
        UUID branch = create(admin, institution.rootOrgId(), "BRANCH", "一支部");
        UUID otherBranch = create(admin, institution.rootOrgId(), "BRANCH", "二支部");
        UUID groupOfOther = create(admin, otherBranch, "GROUP", "二支部小组");

        assertFieldError(admin.postJson("/api/v1/members", Map.of("branchId", institution.rootOrgId(), "details", details("王五", "FULL"))), "branchId");
        assertFieldError(admin.postJson("/api/v1/members", Map.of("branchId", branch, "groupId", groupOfOther, "details", details("王五", "FULL"))), "groupId");
        Map<String, Object> noJoiningDate = details("赵六", "PROBATIONARY");
        noJoiningDate.remove("joinedOn");
        assertFieldError(admin.postJson("/api/v1/members", Map.of("branchId", branch, "details", noJoiningDate)), "details.joinedOn");
        Map<String, Object> activist = details("钱七", "ACTIVIST");
        activist.remove("joinedOn");
        assertThat(admin.postJson("/api/v1/members", Map.of("branchId", branch, "details", activist)).status())
            .as("an activist has not joined yet").isEqualTo(201);
        Map<String, Object> badMobile = details("孙八", "FULL");
        badMobile.put("mobile", "1234");
        assertFieldError(admin.postJson("/api/v1/members", Map.of("branchId", branch, "details", badMobile)), "details.mobile");
    }

    @Test
    void aTransferMovesTheMemberAndKeepsTheHistory() {
        Institution institution = onboard("转接党委");
        Browser admin = signedIn(institution);
        UUID from = create(admin, institution.rootOrgId(), "BRANCH", "转出支部");
        UUID to = create(admin, institution.rootOrgId(), "BRANCH", "转入支部");
        UUID member = add(admin, from, "周九");

        Response transferred = admin.postJson("/api/v1/members/" + member + "/transfer", Map.of("version", memberVersion(admin, member),
                "toBranchId", to, "transferredOn", "2026-03-01", "reason", "工作调动"));

        assertThat(transferred.status()).as("%s", transferred).isEqualTo(200);
        assertThat(transferred.json().get("branchName").asString()).isEqualTo("转入支部");
        JsonNode history = admin.get("/api/v1/members/" + member + "/transfers").json();
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.get(0).get("fromBranchName").asString()).isEqualTo("转出支部");
        assertThat(history.get(0).get("toBranchName").asString()).isEqualTo("转入支部");
        assertThat(history.get(0).get("reason").asString()).isEqualTo("工作调动");
        assertThat(admin.postJson("/api/v1/members/" + member + "/transfer", Map.of("version", memberVersion(admin, member),
                "toBranchId", to, "transferredOn", "2026-03-02")).status()).as("to where they already are").isEqualTo(400);
        JsonNode audit = admin.get("/api/v1/audit-log").json().get("items").get(0);
        assertThat(audit.get("action").asString()).isEqualTo("MEMBER_TRANSFERRED");
        assertThat(audit.get("before").get("branchId").asString()).isEqualTo(from.toString());
    }

    @Test
    void aBranchWithMembersCannotBeClosed() {
        Institution institution = onboard("有人党委");
        Browser admin = signedIn(institution);
        UUID branch = create(admin, institution.rootOrgId(), "BRANCH", "有人支部");
        add(admin, branch, "吴十");

        Response refused = admin.postJson("/api/v1/orgs/" + branch + "/close", Map.of("version", version(admin, branch)));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).isEqualTo("该组织下还有党员，请先将他们转出。");
    }

    @Test
    void aMobileNumberBelongsToOneMemberOfAnInstitution() {
        Institution institution = onboard("号码党委");
        Browser admin = signedIn(institution);
        UUID branch = create(admin, institution.rootOrgId(), "BRANCH", "支部");
        Map<String, Object> first = details("郑一", "FULL");
        first.put("mobile", "13700001111");
        assertThat(admin.postJson("/api/v1/members", Map.of("branchId", branch, "details", first)).status()).isEqualTo(201);
        Map<String, Object> second = details("郑二", "FULL");
        second.put("mobile", "13700001111");

        Response taken = admin.postJson("/api/v1/members", Map.of("branchId", branch, "details", second));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("errors").get(0).get("field").asString()).isEqualTo("details.mobile");
    }

    @Test
    void aBranchSecretaryManagesTheirBranchsMembersButSeesNoOtherBranch() {
        Institution institution = onboard("书记党委");
        Browser admin = signedIn(institution);
        UUID own = create(admin, institution.rootOrgId(), "BRANCH", "本支部");
        UUID sibling = create(admin, institution.rootOrgId(), "BRANCH", "兄弟支部");
        UUID ownMember = add(admin, own, "本支部党员");
        UUID siblingMember = add(admin, sibling, "兄弟支部党员");
        Institution secretarysOwn = onboard("书记自己单位");
        asOwner().sql("insert into role_assignments (tenant_id, id, user_id, org_id, role) values (?, ?, ?, ?, 'SECRETARY')")
            .params(institution.tenantId(), UUID.randomUUID(), secretarysOwn.adminId(), own).update();
        Browser secretary = signedIn(secretarysOwn).actingIn(institution.tenantId());

        assertThat(secretary.get("/api/v1/members").json().get("items")).extracting(item -> item.get("id").asString())
            .containsExactly(ownMember.toString());
        assertThat(secretary.get("/api/v1/members/" + siblingMember).status()).isEqualTo(404);
        Map<String, Object> edited = details("本支部党员改名", "FULL");
        assertThat(secretary.send("PATCH", "/api/v1/members/" + ownMember, json(Map.of("version", memberVersion(admin, ownMember),
                "details", edited)), "application/json").status()).isEqualTo(200);
        assertThat(secretary.postJson("/api/v1/members/" + ownMember + "/transfer", Map.of("version", memberVersion(admin, ownMember),
                "toBranchId", sibling, "transferredOn", "2026-02-01")).status()).as("into a branch they cannot see").isEqualTo(404);
    }

    private static UUID add(Browser admin, UUID branch, String name) {
        Response added = admin.postJson("/api/v1/members", Map.of("branchId", branch, "details", details(name, "FULL")));
        assertThat(added.status()).as("%s", added).isEqualTo(201);
        return UUID.fromString(added.json().get("id").asString());
    }

    private static long memberVersion(Browser admin, UUID member) {
        return admin.get("/api/v1/members/" + member).json().get("version").asLong();
    }

    private static Map<String, Object> details(String name, String status) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", name);
        details.put("gender", "FEMALE");
        details.put("status", status);
        details.put("postType", "IN_OFFICE");
        details.put("leaderCadre", false);
        details.put("joinedOn", "2012-07-01");
        return details;
    }

    private static void assertFieldError(Response response, String field) {
        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.json().get("errors")).extracting(error -> error.get("field").asString()).contains(field);
    }

    private static String json(Object body) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
    }
}
