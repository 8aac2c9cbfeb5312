package cn.xianfeng.onboarding.internal;

import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.xianfeng.identity.AccountManagement;
import cn.xianfeng.identity.NewAccount;
import cn.xianfeng.identity.Role;
import cn.xianfeng.onboarding.TenantOnboarded;
import cn.xianfeng.organization.OrgManagement;
import cn.xianfeng.organization.OrgRef;
import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.tenancy.TenantManagement;

/** Creates the tenant, its root org and its first admin: all of it, or (on any error) none of it. */
@Service
class Onboarding {

    private final TenantManagement tenants;
    private final OrgManagement orgs;
    private final AccountManagement accounts;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    Onboarding(TenantManagement tenants, OrgManagement orgs, AccountManagement accounts,
            TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.tenants = tenants;
        this.orgs = orgs;
        this.accounts = accounts;
        this.transactions = transactions;
        this.events = events;
    }

    OnboardingResponse onboard(OnboardingRequest request) {
        return create(request.institutionName(), request.rootOrgType(), request.rootOrgName(),
                () -> accounts.open(new NewAccount(request.adminName(), request.mobile(), request.email(), request.password())));
    }

    /** Another institution for a signed-in user, who becomes its committee admin as if they had signed it up. */
    OnboardingResponse addInstitution(UUID userId, NewInstitutionRequest request) {
        return create(request.institutionName(), request.rootOrgType(), request.rootOrgName(), () -> userId);
    }

    private OnboardingResponse create(String institutionName, RootOrgType rootOrgType, String rootOrgName, Supplier<UUID> admin) {
        UUID tenantId = UUID.randomUUID();
        // The transaction starts inside the new tenant, so row-level security accepts its first rows.
        return TenantContext.callInTenant(tenantId, () -> transactions.execute(status -> {
            tenants.create(tenantId, institutionName);
            UUID adminId = admin.get();
            // The admin is the one who creates the tree's root, as the audit log records.
            return TenantContext.callAsUser(adminId, () -> {
                OrgRef root = orgs.createRoot(rootOrgType.orgType(), rootOrgName);
                accounts.assign(adminId, root.id(), Role.COMMITTEE_ADMIN);
                events.publishEvent(new TenantOnboarded(tenantId, root.id(), adminId));
                return new OnboardingResponse(tenantId, root.id(), adminId);
            });
        }));
    }
}
