package cn.xianfeng.workspace.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.xianfeng.identity.AccountManagement;
import cn.xianfeng.organization.MemberDirectory;
import cn.xianfeng.organization.OrgManagement;
import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.tenancy.TenantManagement;
import cn.xianfeng.workspace.RoleAt;

/** The tenants a user acts in, each seen from inside that tenant so that row-level security applies. */
@Service
class Memberships {

    private final AccountManagement accounts;
    private final TenantManagement tenants;
    private final OrgManagement orgs;
    private final MemberDirectory members;
    private final TransactionTemplate readOnly;

    Memberships(AccountManagement accounts, TenantManagement tenants, OrgManagement orgs, MemberDirectory members,
            TransactionTemplate transactions) {
        this.accounts = accounts;
        this.tenants = tenants;
        this.orgs = orgs;
        this.members = members;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    List<MembershipView> of(UUID userId) {
        List<UUID> tenantIds = readOnly.execute(status -> accounts.tenantsOf(userId));
        return tenantIds.stream()
            .map(tenantId -> TenantContext.callInTenant(tenantId, () -> readOnly.execute(status -> current(userId))))
            .sorted(java.util.Comparator.comparing(MembershipView::tenantName))
            .toList();
    }

    /** The user's view of the tenant the request is bound to. */
    MembershipView current(UUID userId) {
        var tenant = tenants.current().orElseThrow();
        var root = orgs.root().orElseThrow();
        return new MembershipView(tenant.id(), tenant.name(), tenant.createdAt(), root, rolesOf(userId), members.self().orElse(null));
    }

    private List<RoleAt> rolesOf(UUID userId) {
        return accounts.rolesOf(userId).stream()
            .map(assignment -> new RoleAt(assignment.role(), orgs.find(assignment.orgId()).orElseThrow()))
            .toList();
    }
}
