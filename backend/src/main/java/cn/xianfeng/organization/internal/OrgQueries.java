package cn.xianfeng.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.organization.BranchDomain;
import cn.xianfeng.organization.OrgType;
import cn.xianfeng.tenancy.TenantContext;

/**
 * Reads of the tree in single set-based queries over the ltree path (GiST-indexed): a subtree of any size is
 * one scan, never a walk node by node. Every query names the tenant as well; row-level security backs it up.
 */
@Component
class OrgQueries {

    private static final String COLUMNS = """
            o.id, o.parent_id, o.type, o.name, o.code, o.domain, o.sort_order, o.closed_at is not null, o.version""";

    private final JdbcClient jdbc;

    OrgQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Optional<OrgNode> node(UUID id) {
        return jdbc.sql("select " + COLUMNS + """
                , (select count(*) from orgs c where c.tenant_id = o.tenant_id and c.parent_id = o.id and c.closed_at is null)
                from orgs o where o.tenant_id = ? and o.id = ?""")
            .params(tenant(), id).query(OrgQueries::node).optional();
    }

    @Transactional(readOnly = true)
    List<OrgNode> nodes(List<UUID> ids) {
        return jdbc.sql("select " + COLUMNS + """
                , (select count(*) from orgs c where c.tenant_id = o.tenant_id and c.parent_id = o.id and c.closed_at is null)
                from orgs o where o.tenant_id = ? and o.id = any(?) order by o.sort_order, o.name""")
            .params(tenant(), ids.toArray(UUID[]::new)).query(OrgQueries::node).list();
    }

    @Transactional(readOnly = true)
    List<OrgNode> children(UUID parentId, boolean includeClosed) {
        return jdbc.sql("select " + COLUMNS + """
                , (select count(*) from orgs c where c.tenant_id = o.tenant_id and c.parent_id = o.id and c.closed_at is null)
                from orgs o where o.tenant_id = ? and o.parent_id = ? and (? or o.closed_at is null)
                order by o.sort_order, o.name""")
            .params(tenant(), parentId, includeClosed).query(OrgQueries::node).list();
    }

    /** The node and all its descendants, parents before children. */
    @Transactional(readOnly = true)
    List<OrgNode> subtree(String path, boolean includeClosed) {
        return jdbc.sql("""
                with sub as (select * from orgs where tenant_id = ? and path <@ ?::ltree and (? or closed_at is null)),
                     counts as (select parent_id, count(*) as n from sub where closed_at is null group by parent_id)
                select""" + " " + COLUMNS + """
                , coalesce(c.n, 0)
                from sub o left join counts c on c.parent_id = o.id
                order by nlevel(o.path), o.sort_order, o.name""")
            .params(tenant(), path, includeClosed).query(OrgQueries::node).list();
    }

    /** Whether anything open stands below the node. */
    @Transactional(readOnly = true)
    boolean hasOpenDescendants(String path) {
        return jdbc.sql("select exists (select 1 from orgs where tenant_id = ? and path <@ ?::ltree and path <> ?::ltree and closed_at is null)")
            .params(tenant(), path, path).query(Boolean.class).single();
    }

    /** Whether any member belongs to a branch or group at or below the node. */
    @Transactional(readOnly = true)
    boolean hasMembers(String path) {
        return jdbc.sql("""
                select exists (select 1 from members m join orgs o on o.tenant_id = m.tenant_id and o.id = m.branch_id
                               where m.tenant_id = ? and o.path <@ ?::ltree)""")
            .params(tenant(), path).query(Boolean.class).single();
    }

    private static UUID tenant() {
        return TenantContext.tenantId().orElseThrow(() -> new IllegalStateException("No tenant bound"));
    }

    private static OrgNode node(ResultSet rs, int row) throws SQLException {
        String domain = rs.getString(6);
        return new OrgNode(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), OrgType.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(5), domain == null ? null : BranchDomain.valueOf(domain), rs.getInt(7),
                rs.getBoolean(8), rs.getLong(10), rs.getLong(9));
    }
}
