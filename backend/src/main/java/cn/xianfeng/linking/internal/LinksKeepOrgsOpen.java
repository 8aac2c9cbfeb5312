package cn.xianfeng.linking.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.xianfeng.organization.OpenWork;
import cn.xianfeng.tenancy.TenantContext;

/** A node with lower tenants linked (or asking to link) under it stays open until those links end. */
@Component
class LinksKeepOrgsOpen implements OpenWork {

    private final JdbcClient jdbc;

    LinksKeepOrgsOpen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> openUnder(String path) {
        boolean linked = jdbc.sql("""
                select exists (select 1 from tenant_links l
                               join orgs o on o.tenant_id = l.upper_tenant_id and o.id = l.upper_org_id
                               where l.upper_tenant_id = ? and l.status in ('REQUESTED', 'ACTIVE') and o.path <@ ?::ltree)""")
            .params(TenantContext.tenantId().orElseThrow(), path).query(Boolean.class).single();
        return linked ? Optional.of("org.close.has-links") : Optional.empty();
    }
}
