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
