package cn.xianfeng.organization.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.organization.BranchDomain;
import cn.xianfeng.organization.OpenWork;
import cn.xianfeng.organization.OrgChanged;
import cn.xianfeng.organization.OrgSnapshot;
import cn.xianfeng.organization.OrgType;
import cn.xianfeng.web.ConflictException;
import cn.xianfeng.web.InvalidInputException;
import cn.xianfeng.web.XianfengException.FieldCode;

/**
 * Changes to the tree. Every change checks, on the nodes it touches, that the caller administers them
 * (a node they cannot see is not found); every change is audited in its own transaction.
 */
@Service
class OrgTree {

    private final Orgs orgs;
    private final OrgAccess access;
    private final OrgQueries queries;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<OpenWork> openWork;

    OrgTree(Orgs orgs, OrgAccess access, OrgQueries queries, EntityManager entityManager,
            ApplicationEventPublisher events, Clock clock, List<OpenWork> openWork) {
        this.orgs = orgs;
        this.access = access;
        this.queries = queries;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
        this.openWork = openWork;
    }

    @Transactional
    UUID create(OrgRequests.CreateOrg request) {
        OrgAccess.Reach reach = access.reach();
        Org parent = access.administered(request.parentId(), reach);
        if (parent.isClosed()) {
            throw new ConflictException("org.parent-closed", java.util.List.of());
        }
        checkChildType(parent.type(), request.type(), "type");
        checkDomain(request.type(), request.domain());
        checkCodeFree(request.code(), null);
        Org org = Org.childOf(parent, UUID.randomUUID(), request.type(), request.name());
        org.describe(request.name(), request.code(), request.domain(), request.sortOrder() == null ? 0 : request.sortOrder());
        orgs.saveAndFlush(org);
        events.publishEvent(new OrgChanged(OrgChanged.Kind.CREATED, null, org.snapshot()));
        return org.id();
    }

    @Transactional
    void update(UUID id, OrgRequests.UpdateOrg request) {
        Org org = access.administered(id, access.reach());
        checkVersion(org, request.version());
        checkDomain(org.type(), request.domain());
        checkCodeFree(request.code(), org.id());
        OrgSnapshot before = org.snapshot();
        org.describe(request.name(), request.code(), request.domain(), request.sortOrder());
        orgs.saveAndFlush(org);
        events.publishEvent(new OrgChanged(OrgChanged.Kind.UPDATED, before, org.snapshot()));
    }

    /** Moves the node and its whole subtree under a new parent: one statement rewrites every path below it. */
    @Transactional
    void move(UUID id, OrgRequests.MoveOrg request) {
        OrgAccess.Reach reach = access.reach();
        Org org = access.administered(id, reach);
        Org newParent = access.administered(request.newParentId(), reach);
        checkVersion(org, request.version());
        if (org.isRoot()) {
            throw new InvalidInputException("newParentId", "org.move.root");
        }
        if (org.contains(newParent)) {
            throw new InvalidInputException("newParentId", "org.move.into-own-subtree");
        }
        if (newParent.isClosed()) {
            throw new ConflictException("org.parent-closed", java.util.List.of());
        }
        checkChildType(newParent.type(), org.type(), "newParentId");
        OrgSnapshot before = org.snapshot();
        String newPath = Org.childPath(newParent.path(), org.id());
        orgs.moveSubtree(org.path(), newPath, newParent.id(), org.id());
        entityManager.clear();
        OrgSnapshot after = orgs.findById(id).orElseThrow().snapshot();
        events.publishEvent(new OrgChanged(OrgChanged.Kind.MOVED, before, after));
    }

    /** Closes (撤销) a node; refused while anything open stands below it. The node is kept, marked closed. */
    @Transactional
    void close(UUID id, OrgRequests.CloseOrg request) {
        Org org = access.administered(id, access.reach());
        checkVersion(org, request.version());
        if (org.isRoot()) {
            throw new ConflictException("org.close.root", java.util.List.of());
        }
        if (org.isClosed()) {
            throw new ConflictException("org.close.already-closed", java.util.List.of());
        }
        if (queries.hasOpenDescendants(org.path())) {
            throw new ConflictException("org.close.has-open-children", java.util.List.of());
        }
        if (queries.hasMembers(org.path())) {
            throw new ConflictException("org.close.has-members", java.util.List.of());
        }
        for (OpenWork work : openWork) {
            work.openUnder(org.path()).ifPresent(code -> {
                throw new ConflictException(code, java.util.List.of());
            });
        }
        OrgSnapshot before = org.snapshot();
        org.close(OffsetDateTime.now(clock));
        orgs.saveAndFlush(org);
        events.publishEvent(new OrgChanged(OrgChanged.Kind.CLOSED, before, org.snapshot()));
    }

    private static void checkVersion(Org org, long version) {
        if (org.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Org.class, org.id());
        }
    }

    private static void checkChildType(OrgType parent, OrgType child, String field) {
        if (!parent.allowsChild(child)) {
            throw new InvalidInputException(field, "org.type.not-allowed");
        }
    }

    private static void checkDomain(OrgType type, @Nullable BranchDomain domain) {
        if (domain != null && type != OrgType.BRANCH) {
            throw new InvalidInputException("domain", "org.domain.branch-only");
        }
    }

    private void checkCodeFree(@Nullable String code, @Nullable UUID self) {
        if (code != null && orgs.findByCode(code).filter(other -> !other.id().equals(self)).isPresent()) {
            throw new ConflictException("org.code.taken", java.util.List.of(new FieldCode("code", "org.code.taken")));
        }
    }
}
