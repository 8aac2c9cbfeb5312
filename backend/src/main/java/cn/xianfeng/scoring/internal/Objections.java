package cn.xianfeng.scoring.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.organization.MemberDirectory;
import cn.xianfeng.organization.MemberProfile;
import cn.xianfeng.organization.OrgGuard;
import cn.xianfeng.scoring.ObjectionChanged;
import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.web.ConflictException;
import cn.xianfeng.web.InvalidInputException;
import cn.xianfeng.web.NotFoundException;
import cn.xianfeng.web.XianfengException.FieldCode;

/**
 * Objections during publicity (异议/申辩): a member of the branch objects to an entry or to a member's total, with
 * text and evidence, while the publicity runs; the branch's secretaries answer; an upheld objection becomes an
 * adjustment on the ledger. A period is not finalised while an objection is open.
 */
@Service
class Objections {

    private final JdbcClient jdbc;
    private final Periods periods;
    private final MemberDirectory members;
    private final EvidenceFiles evidence;
    private final Ledger ledger;
    private final RecorderEntries recorder;
    private final OrgGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Objections(JdbcClient jdbc, Periods periods, MemberDirectory members, EvidenceFiles evidence, Ledger ledger, RecorderEntries recorder,
            OrgGuard guard, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.members = members;
        this.evidence = evidence;
        this.ledger = ledger;
        this.recorder = recorder;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    UUID raise(UUID periodId, PeriodRequests.Raise request) {
        MemberProfile objector = members.self().orElseThrow(() -> new NotFoundException("period.not-found"));
        Periods.Row period = periods.find(periodId).filter(row -> row.branchId().equals(objector.branchId()))
            .orElseThrow(() -> new NotFoundException("period.not-found"));
        if (!period.inPublicity(OffsetDateTime.now(clock))) {
            throw new InvalidInputException("period", "objection.publicity-closed");
        }
        List<FieldCode> problems = new ArrayList<>();
        UUID subject = request.subjectMemberId();
        if (request.ledgerEntryId() != null) {
            Optional<Ledger.Entry> entry = ledger.find(request.ledgerEntryId())
                .filter(row -> row.branchId().equals(period.branchId()) && row.month().equals(period.month()));
            if (entry.isEmpty()) {
                problems.add(new FieldCode("ledgerEntryId", "objection.entry.not-in-period"));
            } else {
                subject = entry.get().memberId();
            }
        } else if (subject == null || members.branchmates().stream().noneMatch(member -> member.id().equals(request.subjectMemberId()))) {
            problems.add(new FieldCode("subjectMemberId", "objection.subject.required"));
        }
        problems.addAll(evidence.cite(request.evidence(), "evidenceIds").problems());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into objections (tenant_id, id, period_id, objector_id, subject_member_id, ledger_entry_id, text, status)
                values (?, ?, ?, ?, ?, ?, ?, 'OPEN')""")
            .params(BoundTenant.id(), id, periodId, objector.id(), subject, request.ledgerEntryId(), request.text().strip()).update();
        for (int i = 0; i < request.evidence().size(); i++) {
            jdbc.sql("insert into objection_evidence (tenant_id, objection_id, evidence_id, position) values (?, ?, ?, ?) on conflict do nothing")
                .params(BoundTenant.id(), id, request.evidence().get(i), i).update();
        }
        events.publishEvent(new ObjectionChanged(ObjectionChanged.Kind.RAISED, id, objector.id(), null, row(id).snapshot(), objector.branchPath()));
        return id;
    }

    @Transactional
    void answer(UUID id, PeriodRequests.Answer request) {
        Row before = find(id).orElseThrow(() -> new NotFoundException("objection.not-found"));
        Periods.Row period = periods.readable(before.periodId(), false);
        String path = guard.led(period.branchId()).path();
        if (!before.status().equals("OPEN")) {
            throw new ConflictException("objection.answered", List.of());
        }
        UUID adjustment = null;
        String reason = "异议成立：" + request.answer().strip();
        if (request.upheld()) {
            if (before.ledgerEntryId() != null) {
                adjustment = recorder.correct(latest(before.ledgerEntryId()), new LedgerRequests.Correct(request.voided(), request.quantity(),
                        request.points(), request.level(), request.awarded(), reason));
            } else {
                if (request.item() == null || request.item().isBlank()) {
                    throw new InvalidInputException("item", "entry.item.required");
                }
                MemberProfile subject = members.readable(before.subjectMemberId());
                guard.recorded(subject.branchId());
                adjustment = recorder.adjust(subject, new LedgerRequests.RecordEntry(subject.id(), request.item(), period.month().toString(),
                        request.quantity(), request.points(), request.level(), null, reason), request.awarded());
            }
        }
        int updated = jdbc.sql("""
                update objections set status = ?, answer = ?, answered_by = ?, answered_at = ?, adjustment_entry_id = ?, version = version + 1
                where tenant_id = ? and id = ? and version = ? and status = 'OPEN'""")
            .params(request.upheld() ? "UPHELD" : "DISMISSED", request.answer().strip(), TenantContext.userId().orElseThrow(),
                    OffsetDateTime.now(clock), adjustment, BoundTenant.id(), id, request.version())
            .update();
        if (updated == 0) {
            throw new ConflictException("objection.stale", List.of());
        }
        events.publishEvent(new ObjectionChanged(request.upheld() ? ObjectionChanged.Kind.UPHELD : ObjectionChanged.Kind.DISMISSED, id,
                before.objectorId(), before.snapshot(), row(id).snapshot(), path));
    }

    /** The objections of a period: all of them for those who reach the branch, a member's own for a member. */
    @Transactional(readOnly = true)
    List<Row> ofPeriod(UUID periodId) {
        Optional<MemberProfile> self = members.self();
        Periods.Row period = periods.find(periodId)
            .filter(row -> guard.canRead(row.branchId()) || self.map(me -> me.branchId().equals(row.branchId())).orElse(false))
            .orElseThrow(() -> new NotFoundException("period.not-found"));
        boolean all = guard.canRead(period.branchId());
        return jdbc.sql(SELECT + " where tenant_id = ? and period_id = ? and (? or objector_id = ?) order by created_at")
            .params(BoundTenant.id(), periodId, all, self.map(MemberProfile::id).orElse(null)).query(Objections::toRow).list();
    }

    /** The row that now stands for an entry: the entry itself, or the last correction in its chain. */
    private UUID latest(UUID entryId) {
        UUID current = entryId;
        Optional<UUID> next;
        while ((next = jdbc.sql("select id from ledger_entries where tenant_id = ? and replaces_id = ?").params(BoundTenant.id(), current)
            .query(UUID.class).optional()).isPresent()) {
            current = next.get();
        }
        return current;
    }

    @Transactional(readOnly = true)
    Optional<Row> find(UUID id) {
        return TenantContext.tenantId().flatMap(tenant -> jdbc.sql(SELECT + " where tenant_id = ? and id = ?").params(tenant, id)
            .query(Objections::toRow).optional());
    }

    private Row row(UUID id) {
        return find(id).orElseThrow();
    }

    private static final String SELECT = """
            select id, period_id, objector_id, subject_member_id, ledger_entry_id, text, status, answer, answered_at, adjustment_entry_id,
                   created_at, version
            from objections""";

    private static Row toRow(java.sql.ResultSet rs, int index) throws java.sql.SQLException {
        return new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class),
                rs.getObject(10, UUID.class), rs.getObject(11, OffsetDateTime.class), rs.getLong(12));
    }

    record Row(UUID id, UUID periodId, UUID objectorId, UUID subjectMemberId, @Nullable UUID ledgerEntryId, String text, String status,
            @Nullable String answer, @Nullable OffsetDateTime answeredAt, @Nullable UUID adjustmentEntryId, OffsetDateTime createdAt,
            long version) {

        ObjectionChanged.Snapshot snapshot() {
            return new ObjectionChanged.Snapshot(status, ledgerEntryId, subjectMemberId, text, answer, adjustmentEntryId);
        }
    }
}
