package cn.xianfeng.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;

/**
 * Which institution a request acts in: the one X-Tenant-Id names, if the caller belongs to it; the caller's only one
 * without the header. Anything else is a clear problem, never an empty list or a 500 (every operation is probed with a
 * malformed and a foreign header by BadInputTests).
 */
class TenantChoiceTests extends IntegrationTest {

    @Test
    void someoneInSeveralInstitutionsIsAskedToChooseOneAndThenActsInTheOneChosen() {
        Institution first = onboard("两机构甲党委");
        Browser admin = signedIn(first);
        Response created = admin.postJson("/api/v1/institutions",
                Map.of("institutionName", "两机构乙党委", "rootOrgType", "COMMITTEE", "rootOrgName", "乙党委"));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        UUID second = UUID.fromString(created.json().get("tenantId").asString());

        Response unchosen = admin.get("/api/v1/orgs");

        assertThat(unchosen.status()).as("%s", unchosen).isEqualTo(400);
        assertThat(unchosen.isProblem()).isTrue();
        assertThat(unchosen.json().get("errors").get(0).get("field").asString()).isEqualTo("X-Tenant-Id");
        assertThat(unchosen.json().get("errors").get(0).get("message").asString()).contains("请先选择要操作的机构");
        assertThat(admin.get("/api/v1/me").status()).as("the profile lists both, chosen or not").isEqualTo(200);
        assertThat(admin.actingIn(second).get("/api/v1/orgs").json().get(0).get("name").asString()).isEqualTo("乙党委");
        assertThat(admin.actingIn(first.tenantId()).get("/api/v1/orgs").json().get(0).get("id").asString())
            .isEqualTo(first.rootOrgId().toString());
    }

    @Test
    void anInstitutionTheCallerIsNotInIsNotFoundAndAMalformedOneIsNamed() {
        Institution mine = onboard("选择机构党委");
        Institution theirs = onboard("别人的党委");
        Browser admin = signedIn(mine);

        Response foreign = admin.actingIn(theirs.tenantId()).get("/api/v1/members");
        Response malformed = admin.actingIn("not-a-tenant").get("/api/v1/members");
        Response english = admin.actingIn(UUID.randomUUID()).language("en").get("/api/v1/members");

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().get("detail").asString()).isEqualTo("没有找到该机构，或您在该机构中没有角色。");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("X-Tenant-Id");
        assertThat(english.status()).isEqualTo(404);
        assertThat(english.json().get("detail").asString()).isEqualTo("No such institution, or you hold no role in it.");
    }
}
