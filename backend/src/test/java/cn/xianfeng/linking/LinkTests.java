package cn.xianfeng.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;
import cn.xianfeng.testing.TestDatabase;

import tools.jackson.databind.JsonNode;

class LinkTests extends IntegrationTest {

    @Test
    void aLowerTenantLinksUnderAnUpperCommitteeWhichThenSeesItsShapeAndCountsButNoNames() {
        Institution upper = onboard("县委组织部");
        Institution lower = onboard("镇党委");
        Browser upperAdmin = signedIn(upper);
        Browser lowerAdmin = signedIn(lower);
        UUID branch = create(lowerAdmin, lower.rootOrgId(), "BRANCH", "村党支部");
        String mobile = newMobile();
        addMember(lowerAdmin, branch, "机密姓名", "FULL", null, mobile);
        addMember(lowerAdmin, branch, "党员乙", "FULL", null, null);
        addMember(lowerAdmin, branch, "党员丙", "PROBATIONARY", null, null);

        Response issued = upperAdmin.postJson("/api/v1/orgs/" + upper.rootOrgId() + "/link-invitations", Map.of("validDays", 30));
        assertThat(issued.status()).as("%s", issued).isEqualTo(201);
        String code = issued.json().get("code").asString();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(upperAdmin.get("/api/v1/orgs/" + upper.rootOrgId() + "/link-invitations").body())
            .as("the code is shown once, then only its hint").doesNotContain(code).contains(code.substring(10));

        Response requested = lowerAdmin.postJson("/api/v1/links",
                Map.of("code", code.toLowerCase().replace("-", " "), "note", "请求关联"));
        assertThat(requested.status()).as("%s", requested).isEqualTo(201);
        UUID link = UUID.fromString(requested.json().get("id").asString());
        assertThat(requested.json().get("side").asString()).isEqualTo("LOWER");
        assertThat(requested.json().get("status").asString()).isEqualTo("REQUESTED");
        assertThat(texts(requested.json().get("actions"))).isEqualTo("CANCEL");

        JsonNode incoming = upperAdmin.get("/api/v1/links").json().get(0);
        assertThat(incoming.get("side").asString()).isEqualTo("UPPER");
        assertThat(incoming.get("lowerTenantName").asString()).isEqualTo("镇党委");
        assertThat(texts(incoming.get("actions"))).isEqualTo("ACCEPT,DECLINE");
        assertThat(upperAdmin.get("/api/v1/links/" + link + "/tree").status()).as("not before acceptance").isEqualTo(409);
        assertThat(lowerAdmin.postJson("/api/v1/links/" + link + "/accept", Map.of("version", 0)).status())
            .as("the lower side cannot accept its own request").isEqualTo(403);

        Response accepted = upperAdmin.postJson("/api/v1/links/" + link + "/accept", Map.of("version", 0));
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACTIVE");
        Response tree = upperAdmin.get("/api/v1/links/" + link + "/tree");

        assertThat(tree.status()).as("%s", tree).isEqualTo(200);
        JsonNode root = tree.json().get("nodes").get(0);
        assertThat(root.get("id").asString()).isEqualTo(lower.rootOrgId().toString());
        assertThat(root.get("members").get("full").asLong()).as("subtree totals").isEqualTo(2);
        assertThat(root.get("members").get("probationary").asLong()).isEqualTo(1);
        assertThat(tree.json().get("nodes").get(1).get("name").asString()).isEqualTo("村党支部");
        assertThat(tree.body()).as("no personal data crosses the link").doesNotContain("机密姓名", "党员乙", mobile);

        assertThat(lowerAdmin.postJson("/api/v1/links", Map.of("code", code)).status())
            .as("one upper committee at a time").isEqualTo(409);
        Response ownInvitation = lowerAdmin.postJson("/api/v1/orgs/" + lower.rootOrgId() + "/link-invitations", Map.of("validDays", 7));
        Response cycle = upperAdmin.postJson("/api/v1/links", Map.of("code", ownInvitation.json().get("code").asString()));
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.json().get("errors").get(0).get("message").asString()).contains("循环");
        Response own = lowerAdmin.postJson("/api/v1/links", Map.of("code", ownInvitation.json().get("code").asString()));
        assertThat(own.json().get("errors").get(0).get("message").asString()).contains("本单位自己的邀请码");

        Response unlinked = lowerAdmin.postJson("/api/v1/links/" + link + "/unlink", Map.of("version", accepted.json().get("version").asLong()));
        assertThat(unlinked.json().get("status").asString()).isEqualTo("UNLINKED");
        assertThat(unlinked.json().get("endedBySide").asString()).isEqualTo("LOWER");
        assertThat(upperAdmin.get("/api/v1/links/" + link + "/tree").status()).isEqualTo(409);
        assertThat(upperAdmin.get("/api/v1/audit-log").body()).contains("LINK_INVITATION_ISSUED", "LINK_ACCEPTED")
            .doesNotContain(code);
        assertThat(lowerAdmin.get("/api/v1/audit-log").body()).contains("LINK_REQUESTED", "LINK_UNLINKED");
        for (Browser side : List.of(upperAdmin, lowerAdmin)) {
            List<String> linkChanges = new ArrayList<>();
            side.get("/api/v1/audit-log?size=100").json().get("items").forEach(entry -> {
                if (entry.get("entityType").asString().equals("TENANT_LINK")) {
                    assertThat(entry.get("actorName").isNull()).as("who acted, on either side: %s", entry).isFalse();
                    linkChanges.add(entry.get("action").asString());
                }
            });
            assertThat(linkChanges).as("each side's log holds both sides' changes of the link, once each")
                .containsExactlyInAnyOrder("LINK_REQUESTED", "LINK_ACCEPTED", "LINK_UNLINKED");
        }
        Institution stranger = onboard("旁观党委");
        assertThatThrownBy(() -> inTenant(stranger, jdbc -> jdbc.sql("select audit_link_change_for_other_side(?, null, 'LINK_FORGED', null, '{}')")
            .param(link).query().singleRow()))
            .as("a tenant that is no side of the link writes in no log through it").rootCause().hasMessageContaining("not a link of the bound tenant");
        assertThat(asOwner().sql("select count(*) from audit_log where action = 'LINK_FORGED'").query(Long.class).single()).isZero();
    }

    /** Runs as the application's role, in a transaction bound to the institution. */
    private static void inTenant(Institution institution, Consumer<JdbcClient> work) {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), TestDatabase.get().url(), TestDatabase.APP,
                TestDatabase.APP);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
            jdbc.sql("select set_config('app.tenant_id', ?, true)").param(institution.tenantId().toString()).query().singleRow();
            work.accept(jdbc);
        });
    }

    @Test
    void declinedRevokedAndUnknownCodesLeadNowhere() {
        Institution upper = onboard("机关工委");
        Institution lower = onboard("局机关党委");
        Browser upperAdmin = signedIn(upper);
        Browser lowerAdmin = signedIn(lower);
        UUID branch = create(upperAdmin, upper.rootOrgId(), "BRANCH", "支部");

        assertThat(upperAdmin.postJson("/api/v1/orgs/" + branch + "/link-invitations", Map.of("validDays", 30))
            .json().get("errors").get(0).get("field").asString()).as("a branch cannot take a tenant's root").isEqualTo("orgId");
        assertThat(upperAdmin.postJson("/api/v1/orgs/" + upper.rootOrgId() + "/link-invitations", Map.of("validDays", 0))
            .status()).isEqualTo(400);
        Response issued = upperAdmin.postJson("/api/v1/orgs/" + upper.rootOrgId() + "/link-invitations", Map.of("validDays", 30));
        String code = issued.json().get("code").asString();

        Response requested = lowerAdmin.postJson("/api/v1/links", Map.of("code", code));
        UUID link = UUID.fromString(requested.json().get("id").asString());
        Response declined = upperAdmin.postJson("/api/v1/links/" + link + "/decline", Map.of("version", 0));
        assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
        assertThat(upperAdmin.postJson("/api/v1/links/" + link + "/accept", Map.of("version", 1)).status())
            .as("an answered request stays answered").isEqualTo(409);

        Response again = lowerAdmin.postJson("/api/v1/links", Map.of("code", code));
        assertThat(again.status()).as("a declined request may be made again").isEqualTo(201);
        UUID second = UUID.fromString(again.json().get("id").asString());
        assertThat(lowerAdmin.postJson("/api/v1/links/" + second + "/unlink", Map.of("version", 0)).json().get("status").asString())
            .as("the lower side withdraws its request").isEqualTo("CANCELLED");

        UUID invitation = UUID.fromString(issued.json().get("id").asString());
        assertThat(upperAdmin.send("DELETE", "/api/v1/orgs/" + upper.rootOrgId() + "/link-invitations/" + invitation, null, null)
            .status()).isEqualTo(204);
        Response revoked = lowerAdmin.postJson("/api/v1/links", Map.of("code", code));
        assertThat(revoked.status()).isEqualTo(404);
        assertThat(revoked.json().get("detail").asString()).contains("邀请码无效");
        assertThat(lowerAdmin.postJson("/api/v1/links", Map.of("code", "AAAA-BBBB-CCCC")).status()).isEqualTo(404);
        assertThat(lowerAdmin.postJson("/api/v1/links", Map.of("code", "")).json().get("errors").get(0).get("field").asString())
            .isEqualTo("code");
    }

    @Test
    void aCommitteeWithALowerTenantLinkedUnderItStaysOpenUntilTheLinkEnds() {
        Institution upper = onboard("市委组织部");
        Institution lower = onboard("区党委");
        Browser upperAdmin = signedIn(upper);
        UUID district = create(upperAdmin, upper.rootOrgId(), "COMMITTEE", "区委工作口");
        String code = upperAdmin.postJson("/api/v1/orgs/" + district + "/link-invitations", Map.of("validDays", 3))
            .json().get("code").asString();
        UUID link = UUID.fromString(signedIn(lower).postJson("/api/v1/links", Map.of("code", code)).json().get("id").asString());

        Response refused = upperAdmin.postJson("/api/v1/orgs/" + district + "/close", Map.of("version", 0));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("关联");

        upperAdmin.postJson("/api/v1/links/" + link + "/decline", Map.of("version", 0));
        assertThat(upperAdmin.postJson("/api/v1/orgs/" + district + "/close", Map.of("version", 0)).status()).isEqualTo(200);
    }

    private static String texts(JsonNode array) {
        StringBuilder joined = new StringBuilder();
        array.forEach(item -> joined.append(joined.isEmpty() ? "" : ",").append(item.asString()));
        return joined.toString();
    }

    private static UUID create(Browser admin, UUID parentId, String type, String name) {
        Response created = admin.postJson("/api/v1/orgs", Map.of("parentId", parentId, "type", type, "name", name));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }
}
