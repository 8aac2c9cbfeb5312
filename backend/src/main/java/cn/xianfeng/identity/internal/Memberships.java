package cn.xianfeng.identity.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.xianfeng.identity.RoleAt;
import cn.xianfeng.organization.OrgManagement;
import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.tenancy.TenantManagement;

/** The tenants a user acts in, each seen from inside that tenant so that row-level security applies. */
@Service
class Memberships {

    private final RoleAssignments roleAssignments;
    private final TenantManagement tenants;
    private final OrgManagement orgs;
    private final TransactionTemplate readOnly;

    Memberships(RoleAssignments roleAssignments, TenantManagement tenants, OrgManagement orgs,
            TransactionTemplate transactions) {
        this.roleAssignments = roleAssignments;
        this.tenants = tenants;
        this.orgs = orgs;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    List<MembershipView> of(UUID userId) {
        List<UUID> tenantIds = readOnly.execute(status -> roleAssignments.findTenantIdsOfUser(userId));
        return tenantIds.stream()
            .map(tenantId -> TenantContext.callInTenant(tenantId, () -> readOnly.execute(status -> current(userId))))
            .sorted(java.util.Comparator.comparing(MembershipView::tenantName))
            .toList();
    }

    /** The user's view of the tenant the request is bound to. */
    MembershipView current(UUID userId) {
        var tenant = tenants.current().orElseThrow();
        var root = orgs.root().orElseThrow();
        return new MembershipView(tenant.id(), tenant.name(), tenant.createdAt(), root, rolesOf(userId));
    }

    private List<RoleAt> rolesOf(UUID userId) {
        return roleAssignments.findByUserIdOrderByRole(userId).stream()
            .map(assignment -> new RoleAt(assignment.role(), orgs.find(assignment.orgId()).orElseThrow()))
            .toList();
    }
}
