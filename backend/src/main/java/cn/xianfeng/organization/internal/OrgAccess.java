package cn.xianfeng.organization.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.audit.AuditScope;
import cn.xianfeng.identity.AccountManagement;
import cn.xianfeng.identity.Role;
import cn.xianfeng.identity.RoleAssignmentView;
import cn.xianfeng.organization.OrgGuard;
import cn.xianfeng.organization.ReachedOrg;
import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.web.ForbiddenException;
import cn.xianfeng.web.NotFoundException;

/**
 * What the caller reaches in the current tenant's tree: a role held at a node reaches the node's whole
 * subtree. Reading needs any role there; changing the tree needs the committee admin role there.
 */
@Component
class OrgAccess implements AuditScope, OrgGuard {

    private final AccountManagement accounts;
    private final Orgs orgs;
    private final TransactionMemo<Reach> reach = new TransactionMemo<>();

    OrgAccess(AccountManagement accounts, Orgs orgs) {
        this.accounts = accounts;
        this.orgs = orgs;
    }

    /** Read once per transaction: a list checks many rows against the same roles. */
    @Transactional(readOnly = true)
    Reach reach() {
        return reach.get(this::readReach);
    }

    private Reach readReach() {
        List<RoleAssignmentView> roles = TenantContext.userId().map(accounts::rolesOf).orElse(List.of());
        Map<UUID, String> paths = orgs.findAllById(roles.stream().map(RoleAssignmentView::orgId).distinct().toList())
            .stream().collect(Collectors.toMap(Org::id, Org::path));
        return new Reach(roles.stream()
            .filter(role -> paths.containsKey(role.orgId()))
            .map(role -> new Grant(role.role(), paths.get(role.orgId())))
            .toList());
    }

    /** The org if the caller reaches it; otherwise it does not exist for them (404). */
    Org readable(UUID id, Reach reach) {
        return orgs.findById(id).filter(reach::canRead).orElseThrow(() -> new NotFoundException("org.not-found"));
    }

    /** Where a list looks: under the given org (404 if out of reach), or else everywhere the caller reaches. */
    List<String> listScope(@Nullable UUID orgId, Reach reach) {
        return orgId == null ? reach.readableTopPaths() : List.of(readable(orgId, reach).path());
    }

    /** The org if the caller administers it: 404 when they cannot see it at all, 403 when they only see it. */
    Org administered(UUID id, Reach reach) {
        Org org = readable(id, reach);
        if (!reach.canAdminister(org)) {
            throw new ForbiddenException("org.not-administered");
        }
        return org;
    }

    @Override
    @Transactional(readOnly = true)
    public ReachedOrg readable(UUID id) {
        Org org = readable(id, reach());
        return new ReachedOrg(org.toRef(), org.path(), org.isRoot(), org.isClosed());
    }

    @Override
    @Transactional(readOnly = true)
    public ReachedOrg administered(UUID id) {
        Org org = administered(id, reach());
        return new ReachedOrg(org.toRef(), org.path(), org.isRoot(), org.isClosed());
    }

    @Override
    @Transactional(readOnly = true)
    public ReachedOrg led(UUID id) {
        Reach reach = reach();
        Org org = readable(id, reach);
        if (!reach.canLeadBranch(org)) {
            throw new ForbiddenException("org.not-led");
        }
        return new ReachedOrg(org.toRef(), org.path(), org.isRoot(), org.isClosed());
    }

    @Override
    @Transactional(readOnly = true)
    public ReachedOrg recorded(UUID id) {
        Reach reach = reach();
        Org org = readable(id, reach);
        if (!reach.canManageMembers(org)) {
            throw new ForbiddenException("org.not-recorded");
        }
        return new ReachedOrg(org.toRef(), org.path(), org.isRoot(), org.isClosed());
    }

    @Override
    @Transactional(readOnly = true)
    public ReachedOrg approvedAbove(UUID id) {
        Reach reach = reach();
        Org org = readable(id, reach);
        if (!reach.canApproveAbove(org)) {
            throw new ForbiddenException("org.not-above");
        }
        return new ReachedOrg(org.toRef(), org.path(), org.isRoot(), org.isClosed());
    }

    @Override
    @Transactional(readOnly = true)
    public ReachedOrg reviewed(UUID id) {
        Reach reach = reach();
        Org org = readable(id, reach);
        if (!reach.canReview(org)) {
            throw new ForbiddenException("org.not-reviewed");
        }
        return new ReachedOrg(org.toRef(), org.path(), org.isRoot(), org.isClosed());
    }

    @Override
    @Transactional(readOnly = true)
    public ReachedOrg supervised(UUID id) {
        Reach reach = reach();
        Org org = readable(id, reach);
        if (!reach.canSupervise(org)) {
            throw new ForbiddenException("org.not-supervised");
        }
        return new ReachedOrg(org.toRef(), org.path(), org.isRoot(), org.isClosed());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canRecord(UUID orgId) {
        Reach reach = reach();
        return orgs.findById(orgId).filter(reach::canManageMembers).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canRead(UUID orgId) {
        Reach reach = reach();
        return orgs.findById(orgId).filter(reach::canRead).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canAdminister(UUID orgId) {
        Reach reach = reach();
        return orgs.findById(orgId).filter(reach::canAdminister).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean reachesWithin(UUID orgId) {
        Reach reach = reach();
        return orgs.findById(orgId)
            .filter(org -> reach.grants().stream().anyMatch(grant -> grant.path().equals(org.path())
                    || grant.path().startsWith(org.path() + ".")))
            .isPresent();
    }

    @Override
    public List<String> readablePaths() {
        return reach().topPaths(Grant::administers);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> readablePathOf(UUID orgId) {
        Reach reach = reach();
        return orgs.findById(orgId).filter(reach::canAdminister).map(Org::path);
    }

    record Grant(Role role, String path) {

        boolean administers() {
            return role == Role.COMMITTEE_ADMIN;
        }

        /** The admin, and in a branch its secretaries and organisation committee member (recorder). */
        boolean managesMembers() {
            return role == Role.COMMITTEE_ADMIN || role == Role.SECRETARY || role == Role.DEPUTY_SECRETARY
                    || role == Role.RECORDER;
        }

        /** The admin, and in a branch its secretary and deputy secretary: they speak for the branch committee. */
        boolean leadsBranch() {
            return role == Role.COMMITTEE_ADMIN || role == Role.SECRETARY || role == Role.DEPUTY_SECRETARY;
        }

        /** A branch's supervisor (监督员) and secretaries, and an upper committee's admin or reviewer. */
        boolean supervises() {
            return role == Role.SUPERVISOR || role == Role.SECRETARY || role == Role.DEPUTY_SECRETARY || approvesForCommittee();
        }

        /** An upper committee's admin or reviewer. */
        boolean approvesForCommittee() {
            return role == Role.COMMITTEE_ADMIN || role == Role.REVIEWER;
        }

        /** Whether the grant's node is a proper ancestor of the node. */
        boolean isAbove(String nodePath) {
            return nodePath.startsWith(path + ".");
        }

        boolean reaches(String nodePath) {
            return nodePath.equals(path) || nodePath.startsWith(path + ".");
        }
    }

    record Reach(List<Grant> grants) {

        boolean canRead(Org org) {
            return grants.stream().anyMatch(grant -> grant.reaches(org.path()));
        }

        boolean canAdminister(Org org) {
            return grants.stream().filter(Grant::administers).anyMatch(grant -> grant.reaches(org.path()));
        }

        boolean canManageMembers(Org org) {
            return grants.stream().filter(Grant::managesMembers).anyMatch(grant -> grant.reaches(org.path()));
        }

        boolean canLeadBranch(Org org) {
            return grants.stream().filter(Grant::leadsBranch).anyMatch(grant -> grant.reaches(org.path()));
        }

        /** Whether the caller is an admin or reviewer at the org or above it. */
        boolean canReview(Org org) {
            return grants.stream().filter(Grant::approvesForCommittee).anyMatch(grant -> grant.reaches(org.path()));
        }

        boolean canSupervise(Org org) {
            return grants.stream().filter(Grant::supervises).anyMatch(grant -> grant.reaches(org.path()));
        }

        /** Whether the caller approves for a committee above the org (not at the org itself). */
        boolean canApproveAbove(Org org) {
            return grants.stream().filter(Grant::approvesForCommittee).anyMatch(grant -> grant.isAbove(org.path()));
        }

        /** The paths of the matching grants, without those inside another one. */
        List<String> topPaths(java.util.function.Predicate<Grant> which) {
            List<String> paths = grants.stream().filter(which).map(Grant::path).distinct()
                .sorted(Comparator.comparingInt(String::length)).toList();
            return paths.stream()
                .filter(path -> paths.stream().noneMatch(other -> !other.equals(path) && path.startsWith(other + ".")))
                .toList();
        }

        List<String> readableTopPaths() {
            return topPaths(grant -> true);
        }
    }
}
