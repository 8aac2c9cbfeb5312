package cn.xianfeng.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.TestDatabase;

/** The database itself keeps tenants apart, whatever the application does. */
class RowLevelSecurityTests extends IntegrationTest {

    private static final List<String> TENANT_OWNED_TABLES = List.of("tenants", "orgs", "role_assignments");

    @Test
    void theApplicationsRoleOwnsNoTableAndCannotBypassRowLevelSecurity() {
        JdbcClient owner = asOwner();
        assertThat(owner.sql("select rolsuper or rolbypassrls from pg_roles where rolname = ?")
            .param(TestDatabase.APP).query(Boolean.class).single()).isFalse();
        assertThat(owner.sql("select count(*) from pg_tables where schemaname = 'public' and tableowner = ?")
            .param(TestDatabase.APP).query(Long.class).single()).isZero();
        assertThat(owner.sql("""
                select count(*) from information_schema.columns c join pg_class t on t.relname = c.table_name
                where c.table_schema = 'public' and c.column_name = 'tenant_id' and not t.relrowsecurity""")
            .query(Long.class).single()).as("every table with tenant_id has row-level security").isZero();
    }

    @Test
    void withoutATenantTheApplicationSeesNoTenantOwnedRow() {
        onboard("无租户可见党委");

        inTenant(null, jdbc -> TENANT_OWNED_TABLES.forEach(table ->
                assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).as(table).isZero()));
    }

    @Test
    void inATenantTheApplicationSeesThatTenantsRowsOnly() {
        Institution mine = onboard("甲党委");
        onboard("乙党委");

        inTenant(mine.tenantId(), jdbc -> {
            assertThat(jdbc.sql("select id from tenants").query(UUID.class).list()).containsExactly(mine.tenantId());
            assertThat(jdbc.sql("select distinct tenant_id from orgs").query(UUID.class).list()).containsExactly(mine.tenantId());
        });
    }

    @Test
    void writingARowIntoAnotherTenantIsRejectedByTheDatabase() {
        Institution mine = onboard("写入甲党委");
        Institution theirs = onboard("写入乙党委");

        assertThatThrownBy(() -> inTenant(mine.tenantId(), jdbc -> jdbc.sql("""
                insert into orgs (tenant_id, id, parent_id, type, name, path)
                values (?, gen_random_uuid(), ?, 'BRANCH', '潜入支部', 'x')""")
            .params(theirs.tenantId(), theirs.rootOrgId()).update()))
            .isInstanceOf(DataAccessException.class)
            .rootCause().hasMessageContaining("row-level security");
        int updated = inTransaction(mine.tenantId(), jdbc -> jdbc.sql("update orgs set name = '改名' where tenant_id = ?")
            .param(theirs.tenantId()).update());
        assertThat(updated).as("rows of another tenant are invisible to UPDATE").isZero();
    }

    @Test
    void aLinkIsVisibleToItsTwoTenantsOnlyAndOnlyTheUpperSideReadsTheLowerTree() {
        Institution upper = onboard("关联上级党委");
        Institution lower = onboard("关联下级党委");
        Institution outsider = onboard("局外党委");
        String code = signedIn(upper).postJson("/api/v1/orgs/" + upper.rootOrgId() + "/link-invitations",
                java.util.Map.of("validDays", 1)).json().get("code").asString();
        UUID link = UUID.fromString(signedIn(lower).postJson("/api/v1/links", java.util.Map.of("code", code))
            .json().get("id").asString());
        signedIn(upper).postJson("/api/v1/links/" + link + "/accept", java.util.Map.of("version", 0));

        for (UUID side : List.of(upper.tenantId(), lower.tenantId())) {
            inTenant(side, jdbc -> assertThat(jdbc.sql("select id from tenant_links").query(UUID.class).list()).containsExactly(link));
        }
        inTenant(outsider.tenantId(), jdbc -> {
            assertThat(jdbc.sql("select count(*) from tenant_links").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from linked_tree(?)").param(link).query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from link_invitations").query(Long.class).single()).isZero();
        });
        inTenant(lower.tenantId(), jdbc -> assertThat(jdbc.sql("select count(*) from linked_tree(?)").param(link)
            .query(Long.class).single()).as("the lower side gets nothing of its own tree this way").isZero());
        inTenant(upper.tenantId(), jdbc -> assertThat(jdbc.sql("select count(*) from linked_tree(?)").param(link)
            .query(Long.class).single()).isEqualTo(1));
        UUID invitation = asOwner().sql("select id from link_invitations where tenant_id = ?").param(upper.tenantId())
            .query(UUID.class).single();
        assertThatThrownBy(() -> inTenant(outsider.tenantId(), jdbc -> jdbc.sql("""
                insert into tenant_links (id, upper_tenant_id, upper_org_id, lower_tenant_id, lower_root_id, invitation_id,
                    upper_tenant_name, upper_org_name, lower_tenant_name, lower_root_name, status)
                values (gen_random_uuid(), ?, ?, ?, ?, ?, 'x', 'x', 'x', 'x', 'ACTIVE')""")
            .params(upper.tenantId(), upper.rootOrgId(), lower.tenantId(), lower.rootOrgId(), invitation).update()))
            .as("nobody writes a link between two other tenants").isInstanceOf(DataAccessException.class)
            .rootCause().hasMessageContaining("row-level security");
    }

    private static <T> T inTransaction(UUID tenantId, java.util.function.Function<JdbcClient, T> work) {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(),
                TestDatabase.get().url(), TestDatabase.APP, TestDatabase.APP);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource)).execute(status -> {
            jdbc.sql("select set_config('app.tenant_id', ?, true)").param(tenantId == null ? "" : tenantId.toString())
                .query().singleRow();
            return work.apply(jdbc);
        });
    }

    private static void inTenant(UUID tenantId, java.util.function.Consumer<JdbcClient> work) {
        inTransaction(tenantId, jdbc -> {
            work.accept(jdbc);
            return null;
        });
    }
}
