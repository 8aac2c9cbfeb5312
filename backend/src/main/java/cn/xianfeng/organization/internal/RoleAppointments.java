package cn.xianfeng.organization.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.identity.AccountManagement;
import cn.xianfeng.identity.Invitation;
import cn.xianfeng.identity.Role;
import cn.xianfeng.identity.RoleAssignmentView;
import cn.xianfeng.organization.InvitationIssued;
import cn.xianfeng.organization.OrgType;
import cn.xianfeng.organization.RoleChanged;
import cn.xianfeng.web.ConflictException;
import cn.xianfeng.web.InvalidInputException;
import cn.xianfeng.web.NotFoundException;
import cn.xianfeng.web.XianfengException.FieldCode;

/**
 * Who holds which role at which node. Only an admin of the node assigns or withdraws; a role goes to a member,
 * who is given an account (found by their mobile or e-mail, or invited) to sign in with.
 */
@Service
class RoleAppointments {

    private final AccountManagement accounts;
    private final OrgAccess access;
    private final MemberRegistry members;
    private final Members memberRecords;
    private final ApplicationEventPublisher events;
    /** Present only when SMTP is configured: then invitations also go out by e-mail. */
    private final ObjectProvider<JavaMailSender> mail;

    RoleAppointments(AccountManagement accounts, OrgAccess access, MemberRegistry members, Members memberRecords,
            ApplicationEventPublisher events, ObjectProvider<JavaMailSender> mail) {
        this.accounts = accounts;
        this.access = access;
        this.members = members;
        this.memberRecords = memberRecords;
        this.events = events;
        this.mail = mail;
    }

    @Transactional(readOnly = true)
    List<RoleHolder> holdersAt(Org org) {
        List<RoleAssignmentView> assignments = accounts.rolesAt(org.id());
        Map<UUID, UUID> memberOfUser = memberRecords.findByUserIdIn(
                assignments.stream().map(RoleAssignmentView::userId).distinct().toList())
            .stream().collect(Collectors.toMap(Member::userId, Member::id, (first, second) -> first));
        Map<UUID, String> names = assignments.stream().map(RoleAssignmentView::userId).distinct()
            .collect(Collectors.toMap(Function.identity(),
                    user -> accounts.account(user).map(account -> account.displayName()).orElse("")));
        return assignments.stream()
            .map(assignment -> new RoleHolder(assignment.id(), assignment.role(), assignment.userId(),
                    names.get(assignment.userId()), memberOfUser.get(assignment.userId()), null, null))
            .toList();
    }

    @Transactional
    RoleHolder assign(UUID orgId, OrgRequests.AssignRole request) {
        OrgAccess.Reach reach = access.reach();
        Org org = access.administered(orgId, reach);
        if (!fits(request.role(), org.type())) {
            throw new InvalidInputException("role", "role.not-for-org-type");
        }
        Appointee appointee = appointee(request, reach);
        Invitation account = accounts.accountFor(appointee.name(), appointee.mobile(), appointee.email());
        boolean alreadyHeld = accounts.rolesAt(org.id()).stream()
            .anyMatch(held -> held.userId().equals(account.userId()) && held.role() == request.role());
        if (alreadyHeld) {
            throw new ConflictException("role.already-held", List.of(new FieldCode("role", "role.already-held")));
        }
        if (appointee.member() != null) {
            appointee.member().linkAccount(account.userId());
            memberRecords.saveAndFlush(appointee.member());
        }
        RoleAssignmentView assigned = accounts.assign(account.userId(), org.id(), request.role());
        events.publishEvent(new RoleChanged(RoleChanged.Kind.ASSIGNED, holder(assigned, appointee.name()), org.path()));
        if (account.link() != null) {
            events.publishEvent(new InvitationIssued(account.userId(), appointee.name(), appointee.email(), account.link(),
                    request.role(), org.name()));
        }
        return new RoleHolder(assigned.id(), assigned.role(), assigned.userId(), appointee.name(),
                appointee.member() == null ? null : appointee.member().id(), account.link(),
                account.link() == null || mail.getIfAvailable() == null ? null : appointee.email());
    }

    /** The member named by the request, or the non-member person it describes (committee roles only). */
    private Appointee appointee(OrgRequests.AssignRole request, OrgAccess.Reach reach) {
        if ((request.memberId() == null) == (request.person() == null)) {
            throw new InvalidInputException("memberId", "role.member-or-person");
        }
        if (request.memberId() != null) {
            Member member = members.visible(request.memberId(), reach);
            if (member.mobile() == null && member.email() == null) {
                throw new InvalidInputException("memberId", "role.member.no-contact");
            }
            return new Appointee(member, member.name(), member.mobile(), member.email());
        }
        OrgRequests.Person person = request.person();
        if (request.role() != Role.COMMITTEE_ADMIN && request.role() != Role.REVIEWER) {
            throw new InvalidInputException("role", "role.person.committee-only");
        }
        if (person.mobile() == null && person.email() == null) {
            throw new InvalidInputException("person.mobile", "role.person.no-contact");
        }
        return new Appointee(null, person.name(), person.mobile(), person.email());
    }

    private record Appointee(@Nullable Member member, String name, @Nullable String mobile, @Nullable String email) {
    }

    @Transactional
    void revoke(UUID orgId, UUID assignmentId) {
        Org org = access.administered(orgId, access.reach());
        List<RoleAssignmentView> atOrg = accounts.rolesAt(org.id());
        RoleAssignmentView assignment = atOrg.stream().filter(held -> held.id().equals(assignmentId)).findFirst()
            .orElseThrow(() -> new NotFoundException("role.not-found"));
        boolean lastRootAdmin = org.isRoot() && assignment.role() == Role.COMMITTEE_ADMIN
                && atOrg.stream().filter(held -> held.role() == Role.COMMITTEE_ADMIN).count() == 1;
        if (lastRootAdmin) {
            throw new ConflictException("role.last-root-admin", List.of());
        }
        accounts.revoke(assignmentId);
        String name = accounts.account(assignment.userId()).map(account -> account.displayName()).orElse("");
        events.publishEvent(new RoleChanged(RoleChanged.Kind.REVOKED, holder(assignment, name), org.path()));
    }

    /** Which roles belong at which kind of node (domain.md §1). */
    static boolean fits(Role role, OrgType type) {
        return switch (role) {
            case COMMITTEE_ADMIN, REVIEWER -> type == OrgType.COMMITTEE || type == OrgType.GENERAL_BRANCH;
            case SECRETARY, DEPUTY_SECRETARY -> type != OrgType.GROUP;
            case RECORDER, SUPERVISOR -> type == OrgType.BRANCH || type == OrgType.GENERAL_BRANCH;
            case GROUP_LEADER -> type == OrgType.GROUP;
        };
    }

    private static RoleChanged.Holder holder(RoleAssignmentView assignment, String name) {
        return new RoleChanged.Holder(assignment.id(), assignment.role(), assignment.orgId(), assignment.userId(), name);
    }
}
