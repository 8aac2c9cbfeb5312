package cn.xianfeng.tenancy;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.tenancy.internal.Tenant;
import cn.xianfeng.tenancy.internal.Tenants;

@Service
public class TenantManagement {

    private final Tenants tenants;

    TenantManagement(Tenants tenants) {
        this.tenants = tenants;
    }

    /** Creates a tenant. Must run in a transaction already bound to {@code id} (RLS checks the insert). */
    @Transactional
    public TenantInfo create(UUID id, String name) {
        return tenants.saveAndFlush(new Tenant(id, name)).toInfo();
    }

    /** The current tenant, if the caller is bound to one. */
    @Transactional(readOnly = true)
    public Optional<TenantInfo> current() {
        return TenantContext.tenantId().flatMap(tenants::findById).map(Tenant::toInfo);
    }
}
