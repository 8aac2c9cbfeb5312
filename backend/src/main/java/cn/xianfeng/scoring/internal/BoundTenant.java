package cn.xianfeng.scoring.internal;

import java.util.UUID;

import cn.xianfeng.tenancy.TenantContext;

/** The tenant the request is bound to (TenantBindingFilter), for the module's queries: one helper, not one per class. */
final class BoundTenant {

    private BoundTenant() {
    }

    static UUID id() {
        return TenantContext.tenantId().orElseThrow();
    }
}
