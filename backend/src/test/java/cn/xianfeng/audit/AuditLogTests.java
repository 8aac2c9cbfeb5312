package cn.xianfeng.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

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

import tools.jackson.databind.JsonNode;

class AuditLogTests extends IntegrationTest {

    @Test
    void everyChangeToTheTreeLeavesAnEntryWithWhoWhenBeforeAndAfter() {
        Institution institution = onboard("审计党委");
        Browser admin = signedIn(institution);
        Response created = admin.postJson("/api/v1/orgs", Map.of("parentId", institution.rootOrgId(), "type", "BRANCH",
                "name", "原名支部"));
        UUID branch = UUID.fromString(created.json().get("id").asString());
        admin.send("PATCH", "/api/v1/orgs/" + branch, "{\"version\":" + created.json().get("version").asLong()
                + ",\"name\":\"新名支部\",\"sortOrder\":3}", "application/json");

        JsonNode log = admin.get("/api/v1/audit-log").json();

        assertThat(log.get("total").asLong()).isEqualTo(3);
        JsonNode renamed = log.get("items").get(0);
        assertThat(renamed.get("action").asString()).isEqualTo("ORG_UPDATED");
        assertThat(renamed.get("entityId").asString()).isEqualTo(branch.toString());
        assertThat(renamed.get("actorId").asString()).isEqualTo(institution.adminId().toString());
        assertThat(renamed.get("actorName").asString()).isEqualTo("管理员");
        assertThat(renamed.get("before").get("name").asString()).isEqualTo("原名支部");
        assertThat(renamed.get("after").get("name").asString()).isEqualTo("新名支部");
        assertThat(renamed.get("after").get("sortOrder").asInt()).isEqualTo(3);
        assertThat(log.get("items").get(1).get("action").asString()).isEqualTo("ORG_CREATED");
        JsonNode onboarding = log.get("items").get(2);
        assertThat(onboarding.get("entityId").asString()).as("the root created at sign-up").isEqualTo(institution.rootOrgId().toString());
        assertThat(onboarding.get("before").isNull()).isTrue();
        assertThat(onboarding.get("actorId").asString()).as("the new admin created it").isEqualTo(institution.adminId().toString());
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        Institution institution = onboard("拒绝党委");
        Browser admin = signedIn(institution);
        long before = admin.get("/api/v1/audit-log").json().get("total").asLong();

        admin.postJson("/api/v1/orgs", Map.of("parentId", institution.rootOrgId(), "type", "GROUP", "name", "根下小组"));

        assertThat(admin.get("/api/v1/audit-log").json().get("total").asLong()).isEqualTo(before);
    }

    @Test
    void theApplicationsDatabaseRoleCanNeitherChangeNorRemoveAuditEntries() {
        Institution institution = onboard("不可改党委");

        assertThatThrownBy(() -> inTenant(institution.tenantId(), "update audit_log set action = 'FORGED'"))
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> inTenant(institution.tenantId(), "delete from audit_log"))
            .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThat(asOwner().sql("select count(*) from audit_log where tenant_id = ? and action = 'ORG_CREATED'")
            .param(institution.tenantId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aReaderWhoIsNotAnAdminSeesNoAuditEntries() {
        Institution institution = onboard("只读党委");
        Browser admin = signedIn(institution);
        UUID branch = UUID.fromString(admin.postJson("/api/v1/orgs", Map.of("parentId", institution.rootOrgId(),
                "type", "BRANCH", "name", "支部")).json().get("id").asString());
        Institution secretarysOwn = onboard("书记本单位");
        asOwner().sql("insert into role_assignments (tenant_id, id, user_id, org_id, role) values (?, ?, ?, ?, 'SECRETARY')")
            .params(institution.tenantId(), UUID.randomUUID(), secretarysOwn.adminId(), branch).update();
        Browser secretary = signedIn(secretarysOwn).actingIn(institution.tenantId());

        assertThat(secretary.get("/api/v1/audit-log").json().get("total").asLong()).isZero();
        assertThat(secretary.get("/api/v1/audit-log?orgId=" + branch).status()).isEqualTo(404);
    }

    private static void inTenant(UUID tenantId, String sql) {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(),
                TestDatabase.get().url(), TestDatabase.APP, TestDatabase.APP);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
            jdbc.sql("select set_config('app.tenant_id', ?, true)").param(tenantId.toString()).query().singleRow();
            jdbc.sql(sql).update();
        });
    }
}
