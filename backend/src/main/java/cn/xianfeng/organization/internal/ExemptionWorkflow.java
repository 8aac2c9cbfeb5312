package cn.xianfeng.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.calendar.ChinaCalendar;
import cn.xianfeng.organization.ExemptionChanged;
import cn.xianfeng.organization.ExemptionChanged.Step;
import cn.xianfeng.organization.ExemptionReason;
import cn.xianfeng.organization.ExemptionSnapshot;
import cn.xianfeng.organization.ExemptionStatus;
import cn.xianfeng.organization.MemberChanged;
import cn.xianfeng.organization.MemberSnapshot;
import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.web.ConflictException;
import cn.xianfeng.web.ForbiddenException;
import cn.xianfeng.web.InvalidInputException;
import cn.xianfeng.web.NotFoundException;
import cn.xianfeng.web.XianfengException.FieldCode;

/**
 * Takes exemption applications through their steps (domain.md §2). The branch's secretary, deputy secretary
 * or the admin acts for the branch; the upper approval needs an admin or reviewer of a committee above the
 * branch. Every step is kept with its date and note, and audited.
 */
@Service
class ExemptionWorkflow {

    /** "Joined or transferred in less than 6 months ago" (seed 000). */
    private static final int RECENT_MONTHS = 6;

    private final Exemptions exemptions;
    private final MemberRegistry members;
    private final Orgs orgs;
    private final OrgAccess access;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    ExemptionWorkflow(Exemptions exemptions, MemberRegistry members, Orgs orgs, OrgAccess access, JdbcClient jdbc,
            ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.exemptions = exemptions;
        this.members = members;
        this.orgs = orgs;
        this.access = access;
        this.jdbc = jdbc;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    UUID apply(ExemptionRequests.ApplyForExemption application) {
        OrgAccess.Reach reach = access.reach();
        Member member = members.visible(application.memberId(), reach);
        Org branch = orgs.findById(member.branchId()).orElseThrow();
        requireLead(reach, branch);
        if (application.effectiveTo() != null && application.effectiveTo().isBefore(application.effectiveFrom())) {
            throw new InvalidInputException("effectiveTo", "exemption.effectiveTo.before-from");
        }
        if (application.reason() == ExemptionReason.OTHER && application.details() == null) {
            throw new InvalidInputException("details", "exemption.details.required");
        }
        if (application.reason() == ExemptionReason.RECENTLY_JOINED
                && !arrivedRecently(member, application.effectiveFrom())) {
            throw new InvalidInputException("reason", "exemption.reason.not-recent");
        }
        if (overlapsAnother(member.id(), application.effectiveFrom(), application.effectiveTo())) {
            throw new ConflictException("exemption.overlap", List.of(new FieldCode("effectiveFrom", "exemption.overlap")));
        }
        Exemption exemption = exemptions.saveAndFlush(
                new Exemption(member.id(), branch.id(), application, TenantContext.userId().orElse(null)));
        record(exemption, Step.APPLIED, null, application.appliedOn(), application.details(), null, branch);
        return exemption.id();
    }

    @Transactional
    void review(UUID id, ExemptionRequests.ExemptionReview review) {
        OrgAccess.Reach reach = access.reach();
        Exemption exemption = visible(id, reach);
        Org branch = branchOf(exemption);
        if (review.stage() == ExemptionRequests.Stage.UPPER) {
            if (!reach.canApproveAbove(branch)) {
                throw new ForbiddenException("exemption.not-upper");
            }
        } else {
            requireLead(reach, branch);
        }
        checkVersion(exemption, review.version());
        ExemptionStatus awaited = switch (review.stage()) {
            case COMMITTEE -> ExemptionStatus.AWAITING_COMMITTEE_REVIEW;
            case MEETING -> ExemptionStatus.AWAITING_MEETING_APPROVAL;
            case UPPER -> ExemptionStatus.AWAITING_UPPER_APPROVAL;
        };
        requireStatus(exemption, awaited, "stage");
        requireNoteWhenRejected(review.approved(), review.note());
        requireNotBeforeLastStep(exemption, review.decidedOn(), "decidedOn");
        ExemptionSnapshot before = exemption.snapshot();
        exemption.decide(review.approved());
        Step step = switch (review.stage()) {
            case COMMITTEE -> Step.COMMITTEE_REVIEW;
            case MEETING -> Step.MEETING_APPROVAL;
            case UPPER -> Step.UPPER_APPROVAL;
        };
        record(exemption, step, review.approved(), review.decidedOn(), review.note(), before, branch);
    }

    @Transactional
    void openPublicity(UUID id, ExemptionRequests.OpenExemptionPublicity request) {
        Target target = led(id, request.version());
        Exemption exemption = target.exemption();
        Org branch = target.branch();
        requireStatus(exemption, ExemptionStatus.AWAITING_PUBLICITY, "startsOn");
        requireNotBeforeLastStep(exemption, request.startsOn(), "startsOn");
        LocalDate endsOn = request.startsOn().plusDays(request.days() - 1L);
        ExemptionSnapshot before = exemption.snapshot();
        exemption.publicise(request.startsOn(), endsOn);
        record(exemption, Step.PUBLICITY_OPENED, null, request.startsOn(), null, before, branch);
    }

    @Transactional
    void closePublicity(UUID id, ExemptionRequests.CloseExemptionPublicity request) {
        Target target = led(id, request.version());
        Exemption exemption = target.exemption();
        Org branch = target.branch();
        requireStatus(exemption, ExemptionStatus.IN_PUBLICITY, "approved");
        LocalDate today = ChinaCalendar.today(clock);
        if (today.isBefore(exemption.publicityTo()) || today.isEqual(exemption.publicityTo())) {
            throw new ConflictException("exemption.publicity.not-over", List.of());
        }
        requireNoteWhenRejected(request.approved(), request.note());
        ExemptionSnapshot before = exemption.snapshot();
        exemption.decide(request.approved());
        record(exemption, Step.PUBLICITY_CLOSED, request.approved(), today, request.note(), before, branch);
    }

    @Transactional
    void withdraw(UUID id, ExemptionRequests.WithdrawExemption request) {
        Target target = led(id, request.version());
        Exemption exemption = target.exemption();
        Org branch = target.branch();
        if (!exemption.status().isOpen()) {
            throw new ConflictException("exemption.closed", List.of());
        }
        withdraw(exemption, request.note(), branch);
    }

    @Transactional
    void end(UUID id, ExemptionRequests.EndExemption request) {
        Target target = led(id, request.version());
        Exemption exemption = target.exemption();
        Org branch = target.branch();
        requireStatus(exemption, ExemptionStatus.APPROVED, "lastDay");
        LocalDate lastDay = request.lastDay();
        boolean shortens = exemption.effectiveTo() == null || lastDay.isBefore(exemption.effectiveTo());
        if (lastDay.isBefore(exemption.effectiveFrom()) || !shortens) {
            throw new InvalidInputException("lastDay", "exemption.lastDay.outside");
        }
        ExemptionSnapshot before = exemption.snapshot();
        exemption.endOn(lastDay);
        record(exemption, Step.ENDED, null, ChinaCalendar.today(clock), request.note(), before, branch);
    }

    /**
     * A member who moves to another branch leaves their applications in flight behind: the old branch's committee no
     * longer decides for them, and the new one has reviewed nothing. They are withdrawn, with the reason, in the
     * transfer's own transaction (docs/adr/013). An approved exemption stays in force until its last day.
     */
    @EventListener
    void withdrawOpenApplicationsOfTransferredMember(MemberChanged changed) {
        MemberSnapshot before = changed.before();
        if (changed.kind() != MemberChanged.Kind.TRANSFERRED || before == null
                || before.branchId().equals(changed.after().branchId())) {
            return;
        }
        // In Chinese whatever the caller's language: the note goes into the branch's records and its forms.
        String note = messages.getMessage("exemption.withdrawn.transferred", null, Locale.SIMPLIFIED_CHINESE);
        List<Exemption> inFlight = exemptions.findByMemberIdAndBranchId(before.id(), before.branchId()).stream()
            .filter(exemption -> exemption.status().isOpen()).toList();
        if (!inFlight.isEmpty()) {
            Org oldBranch = orgs.findById(before.branchId()).orElseThrow();
            inFlight.forEach(exemption -> withdraw(exemption, note, oldBranch));
        }
    }

    private void withdraw(Exemption exemption, @Nullable String note, Org branch) {
        ExemptionSnapshot before = exemption.snapshot();
        exemption.withdraw();
        record(exemption, Step.WITHDRAWN, null, ChinaCalendar.today(clock), note, before, branch);
    }

    /** An application the caller leads (as the branch's secretary, deputy or an admin), at the given version. */
    private Target led(UUID id, long version) {
        OrgAccess.Reach reach = access.reach();
        Exemption exemption = visible(id, reach);
        Org branch = branchOf(exemption);
        requireLead(reach, branch);
        checkVersion(exemption, version);
        return new Target(exemption, branch);
    }

    private record Target(Exemption exemption, Org branch) {
    }

    /** An exemption the caller can see (any role reaching the member's branch); 404 otherwise. */
    Exemption visible(UUID id, OrgAccess.Reach reach) {
        return exemptions.findById(id)
            .filter(exemption -> orgs.findById(exemption.branchId()).filter(reach::canRead).isPresent())
            .orElseThrow(() -> new NotFoundException("exemption.not-found"));
    }

    private Org branchOf(Exemption exemption) {
        return orgs.findById(exemption.branchId()).orElseThrow();
    }

    private static void requireLead(OrgAccess.Reach reach, Org branch) {
        if (!reach.canLeadBranch(branch)) {
            throw new ForbiddenException("exemption.not-branch-lead");
        }
    }

    private static void requireStatus(Exemption exemption, ExemptionStatus awaited, String field) {
        if (exemption.status() != awaited) {
            throw new ConflictException("exemption.step.not-current", List.of(new FieldCode(field, "exemption.step.not-current")));
        }
    }

    private static void requireNoteWhenRejected(boolean approved, @Nullable String note) {
        if (!approved && note == null) {
            throw new InvalidInputException("note", "exemption.note.required");
        }
    }

    private void requireNotBeforeLastStep(Exemption exemption, LocalDate date, String field) {
        LocalDate last = jdbc.sql("select max(decided_on) from exemption_steps where tenant_id = ? and exemption_id = ?")
            .params(tenant(), exemption.id()).query(LocalDate.class).single();
        if (date.isBefore(last)) {
            throw new InvalidInputException(field, "exemption.date.before-last-step");
        }
    }

    /** The member joined the Party, or moved into their branch, less than six months before {@code from}. */
    private boolean arrivedRecently(Member member, LocalDate from) {
        Optional<LocalDate> movedIn = jdbc.sql("""
                select transferred_on from member_transfers
                where tenant_id = ? and member_id = ? and to_branch_id = ?
                order by transferred_on desc limit 1""")
            .params(tenant(), member.id(), member.branchId()).query(LocalDate.class).optional();
        LocalDate arrived = movedIn.orElse(null);
        LocalDate joined = member.snapshot().joinedOn();
        LocalDate latest = arrived == null ? joined : joined == null || arrived.isAfter(joined) ? arrived : joined;
        return latest != null && latest.plusMonths(RECENT_MONTHS).isAfter(from);
    }

    private boolean overlapsAnother(UUID memberId, LocalDate from, @Nullable LocalDate to) {
        return jdbc.sql("""
                select exists (select 1 from exemptions
                               where tenant_id = ? and member_id = ? and status not in ('REJECTED', 'WITHDRAWN')
                                 and daterange(effective_from, effective_to, '[]') && daterange(?, ?, '[]'))""")
            .params(tenant(), memberId, from, to).query(Boolean.class).single();
    }

    private void record(Exemption exemption, Step step, @Nullable Boolean approved, LocalDate decidedOn,
            @Nullable String note, @Nullable ExemptionSnapshot before, Org branch) {
        exemptions.saveAndFlush(exemption);
        jdbc.sql("""
                insert into exemption_steps (tenant_id, id, exemption_id, step, approved, decided_on, note, acted_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(tenant(), UUID.randomUUID(), exemption.id(), step.name(), approved, decidedOn, note,
                    TenantContext.userId().orElse(null))
            .update();
        events.publishEvent(new ExemptionChanged(step, before, exemption.snapshot(), branch.path()));
    }

    private static void checkVersion(Exemption exemption, long version) {
        if (exemption.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Exemption.class, exemption.id());
        }
    }

    private static UUID tenant() {
        return TenantContext.tenantId().orElseThrow();
    }
}
