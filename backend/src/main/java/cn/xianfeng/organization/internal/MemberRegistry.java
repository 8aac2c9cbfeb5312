package cn.xianfeng.organization.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.organization.MemberChanged;
import cn.xianfeng.organization.MemberSnapshot;
import cn.xianfeng.organization.OrgType;
import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.web.ConflictException;
import cn.xianfeng.web.ForbiddenException;
import cn.xianfeng.web.InvalidInputException;
import cn.xianfeng.web.NotFoundException;
import cn.xianfeng.web.XianfengException.FieldCode;

/**
 * Adds, edits and transfers members. The branch a member is in decides who may see them (any role reaching
 * it) and who may change them (the admin, or the branch's secretaries and organisation committee member).
 */
@Service
class MemberRegistry {

    private final Members members;
    private final Orgs orgs;
    private final OrgAccess access;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    MemberRegistry(Members members, Orgs orgs, OrgAccess access, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.members = members;
        this.orgs = orgs;
        this.access = access;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    UUID add(MemberRequests.AddMember request) {
        OrgAccess.Reach reach = access.reach();
        Org branch = managedBranch(request.branchId(), reach, "branchId");
        UUID groupId = groupOf(branch, request.groupId(), "groupId");
        checkDetails(request.details(), null);
        Member member = members.saveAndFlush(new Member(UUID.randomUUID(), request.details(), branch.id(), groupId));
        events.publishEvent(new MemberChanged(MemberChanged.Kind.CREATED, null, member.snapshot(), branch.path()));
        return member.id();
    }

    @Transactional
    void edit(UUID id, MemberRequests.EditMember request) {
        OrgAccess.Reach reach = access.reach();
        Member member = managed(id, reach);
        checkVersion(member, request.version());
        Org branch = orgs.findById(member.branchId()).orElseThrow();
        UUID groupId = groupOf(branch, request.groupId(), "groupId");
        checkDetails(request.details(), member.id());
        MemberSnapshot before = member.snapshot();
        member.describe(request.details());
        member.placeIn(branch.id(), groupId);
        members.saveAndFlush(member);
        events.publishEvent(new MemberChanged(MemberChanged.Kind.UPDATED, before, member.snapshot(), branch.path()));
    }

    /** Moves a member to another branch (or group), keeping the move in their history. */
    @Transactional
    void transfer(UUID id, MemberRequests.TransferMember request) {
        OrgAccess.Reach reach = access.reach();
        // Everything named in the request is resolved (404 when out of reach) before any state is checked.
        Member member = managed(id, reach);
        Org destination = managedBranch(request.toBranchId(), reach, "toBranchId");
        checkVersion(member, request.version());
        UUID groupId = groupOf(destination, request.toGroupId(), "toGroupId");
        if (destination.id().equals(member.branchId()) && java.util.Objects.equals(groupId, member.groupId())) {
            throw new InvalidInputException("toBranchId", "member.transfer.same-place");
        }
        MemberSnapshot before = member.snapshot();
        jdbc.sql("""
                insert into member_transfers (tenant_id, id, member_id, from_branch_id, from_group_id, to_branch_id,
                                              to_group_id, transferred_on, reason, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(TenantContext.tenantId().orElseThrow(), UUID.randomUUID(), member.id(), member.branchId(),
                    member.groupId(), destination.id(), groupId, request.transferredOn(),
                    request.reason() == null || request.reason().isBlank() ? null : request.reason().strip(),
                    TenantContext.userId().orElse(null))
            .update();
        member.placeIn(destination.id(), groupId);
        members.saveAndFlush(member);
        events.publishEvent(new MemberChanged(MemberChanged.Kind.TRANSFERRED, before, member.snapshot(), destination.path()));
    }

    /** A member the caller can see; 404 otherwise. */
    Member visible(UUID id, OrgAccess.Reach reach) {
        return members.findById(id)
            .filter(member -> orgs.findById(member.branchId()).filter(reach::canRead).isPresent())
            .orElseThrow(() -> new NotFoundException("member.not-found"));
    }

    private Member managed(UUID id, OrgAccess.Reach reach) {
        Member member = visible(id, reach);
        if (!reach.canManageMembers(orgs.findById(member.branchId()).orElseThrow())) {
            throw new ForbiddenException("member.not-managed");
        }
        return member;
    }

    private Org managedBranch(UUID branchId, OrgAccess.Reach reach, String field) {
        Org branch = access.readable(branchId, reach);
        if (!reach.canManageMembers(branch)) {
            throw new ForbiddenException("member.not-managed");
        }
        if (branch.type() != OrgType.BRANCH) {
            throw new InvalidInputException(field, "member.branch.not-a-branch");
        }
        if (branch.isClosed()) {
            throw new ConflictException("member.branch.closed", List.of(new FieldCode(field, "member.branch.closed")));
        }
        return branch;
    }

    private @Nullable UUID groupOf(Org branch, @Nullable UUID groupId, String field) {
        if (groupId == null) {
            return null;
        }
        return orgs.findById(groupId)
            .filter(group -> group.type() == OrgType.GROUP && branch.id().equals(group.parentId()) && !group.isClosed())
            .map(Org::id)
            .orElseThrow(() -> new InvalidInputException(field, "member.group.not-in-branch"));
    }

    private void checkDetails(MemberRequests.Details details, @Nullable UUID self) {
        if (details.status().hasJoined() && details.joinedOn() == null) {
            throw new InvalidInputException("details.joinedOn", "member.joinedOn.required");
        }
        if (details.mobile() != null && members.findByMobile(details.mobile())
            .filter(other -> !other.id().equals(self)).isPresent()) {
            throw new ConflictException("member.mobile.taken", List.of(new FieldCode("details.mobile", "member.mobile.taken")));
        }
    }

    private static void checkVersion(Member member, long version) {
        if (member.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Member.class, member.id());
        }
    }
}
