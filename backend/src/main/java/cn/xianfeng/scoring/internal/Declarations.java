package cn.xianfeng.scoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.calendar.ChinaCalendar;
import cn.xianfeng.organization.MemberDirectory;
import cn.xianfeng.organization.MemberProfile;
import cn.xianfeng.organization.OrgGuard;
import cn.xianfeng.schemes.AppliedScheme;
import cn.xianfeng.schemes.RecordedBy;
import cn.xianfeng.schemes.SchemeItem;
import cn.xianfeng.scoring.DeclarationChanged;
import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.web.ConflictException;
import cn.xianfeng.web.ForbiddenException;
import cn.xianfeng.web.InvalidInputException;
import cn.xianfeng.web.NotFoundException;
import cn.xianfeng.web.XianfengException.FieldCode;

/**
 * Members' declarations (月末自主申报) and their review (domain.md §4): DRAFT → SUBMITTED → APPROVED | ADJUSTED |
 * REJECTED | RETURNED, a returned one going back to the member to change and submit again. A member declares items
 * of their scheme that members may declare, for a day not in the future, until the scheme's deadline in the
 * following month. The branch's recorder, secretaries or an admin above decide; an approval or adjustment writes
 * the ledger entry. Every decision carries the version the reviewer saw: the second of two at once gets 409.
 */
@Service
class Declarations {

    private final JdbcClient jdbc;
    private final MemberDirectory members;
    private final MemberSchemes schemes;
    private final EvidenceFiles evidence;
    private final Ledger ledger;
    private final OrgGuard guard;
    private final Periods periods;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Declarations(JdbcClient jdbc, MemberDirectory members, MemberSchemes schemes, EvidenceFiles evidence, Ledger ledger, OrgGuard guard,
            Periods periods, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.schemes = schemes;
        this.evidence = evidence;
        this.ledger = ledger;
        this.guard = guard;
        this.periods = periods;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The declaration as stored, and the files it cites: built from what was written, since month-end brings every
     * member at once. The month's period is checked by the insert itself (one round trip fewer).
     */
    @Transactional
    Declared declare(DeclarationRequests.Declare request) {
        MemberProfile member = self();
        Checked checked = check(member, request, true);
        UUID id = UUID.randomUUID();
        String status = request.submitting() ? "SUBMITTED" : "DRAFT";
        // Rounded as the timestamptz and numeric(…, 2) columns keep them, so that the answer is what a re-read would give.
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MICROS);
        BigDecimal points = ItemValues.points(checked.item(), request.points());
        Row created = new Row(id, member.id(), member.branchId(), checked.scheme().versionId(), checked.item().code(), request.occurredOn(),
                checked.quantity().setScale(2, RoundingMode.HALF_UP), points == null ? null : points.setScale(2, RoundingMode.HALF_UP),
                ItemValues.level(checked.item(), request.level()), blankToNull(request.achievement()), request.description().strip(), status,
                null, null, null, 0, now, request.submitting() ? now : null);
        YearMonth month = YearMonth.from(created.occurredOn());
        int inserted = jdbc.sql("""
                insert into declarations (tenant_id, id, member_id, branch_id, scheme_version_id, item_code, occurred_on, month, quantity,
                    points, level, achievement, description, status, created_by, created_at, submitted_at)
                select ?::uuid, ?::uuid, ?::uuid, ?::uuid, ?::uuid, ?::text, ?::date, ?::date, ?::numeric, ?::numeric, ?::text, ?::text, ?::text,
                    ?::text, ?::uuid, ?::timestamptz, ?::timestamptz
                where\s""" + Periods.MONTH_OPEN)
            .params(BoundTenant.id(), id, member.id(), member.branchId(), created.schemeVersionId(), created.itemCode(), created.occurredOn(),
                    month.atDay(1), created.quantity(), created.points(), created.level(), created.achievement(), created.description(), status,
                    TenantContext.userId().orElseThrow(), now, created.submittedAt(), BoundTenant.id(), member.branchId(), month.atDay(1))
            .update();
        if (inserted == 0) {
            throw new InvalidInputException(List.of(Periods.lockedProblem(month, "occurredOn")));
        }
        attach(id, request.evidence());
        events.publishEvent(new DeclarationChanged(DeclarationChanged.Kind.CREATED, id, member.id(), null, created.snapshot(), member.branchPath()));
        return new Declared(created, checked.evidence());
    }

    record Declared(Row row, List<EvidenceFiles.EvidenceView> evidence) {
    }

    /** The member changes a draft or a returned declaration; {@code submit} sends it (again). */
    @Transactional
    void revise(UUID id, DeclarationRequests.Revise request) {
        // Someone else's declaration, or a caller who is no member here: it does not exist for them.
        MemberProfile member = members.self().orElseThrow(() -> new NotFoundException("declaration.not-found"));
        Row before = own(id, member);
        if (!before.status().equals("DRAFT") && !before.status().equals("RETURNED")) {
            throw new ConflictException("declaration.not-editable", List.of());
        }
        DeclarationRequests.Declare declaration = request.declaration();
        // A returned declaration was sent back to be put right: its window stays open for that.
        Checked checked = check(member, declaration, before.status().equals("DRAFT"));
        if (before.status().equals("DRAFT")) {
            periods.requireOpen(member.branchId(), YearMonth.from(declaration.occurredOn()), "occurredOn");
        }
        String status = declaration.submitting() ? "SUBMITTED" : before.status();
        int updated = jdbc.sql("""
                update declarations set scheme_version_id = ?, item_code = ?, occurred_on = ?, month = ?, quantity = ?, points = ?, level = ?,
                    achievement = ?, description = ?, status = ?, submitted_at = coalesce(?, submitted_at), version = version + 1
                where tenant_id = ? and id = ? and version = ?""")
            .params(checked.scheme().versionId(), checked.item().code(), declaration.occurredOn(), YearMonth.from(declaration.occurredOn()).atDay(1),
                    checked.quantity(), ItemValues.points(checked.item(), declaration.points()), ItemValues.level(checked.item(), declaration.level()),
                    blankToNull(declaration.achievement()), declaration.description().strip(), status,
                    declaration.submitting() ? OffsetDateTime.now(clock) : null, BoundTenant.id(), id, request.version())
            .update();
        if (updated == 0) {
            throw new ConflictException("declaration.stale", List.of());
        }
        jdbc.sql("delete from declaration_evidence where tenant_id = ? and declaration_id = ?").params(BoundTenant.id(), id).update();
        attach(id, declaration.evidence());
        Row after = row(id);
        events.publishEvent(new DeclarationChanged(declaration.submitting() ? DeclarationChanged.Kind.SUBMITTED : DeclarationChanged.Kind.UPDATED,
                id, member.id(), before.snapshot(), after.snapshot(), member.branchPath()));
    }

    @Transactional
    void submit(UUID id, long version) {
        // Someone else's declaration, or a caller who is no member here: it does not exist for them.
        MemberProfile member = members.self().orElseThrow(() -> new NotFoundException("declaration.not-found"));
        Row before = own(id, member);
        if (!before.status().equals("DRAFT") && !before.status().equals("RETURNED")) {
            throw new ConflictException("declaration.not-editable", List.of());
        }
        AppliedScheme scheme = schemes.of(member, before.occurredOn().getYear(), "occurredOn");
        if (before.status().equals("DRAFT")) {
            checkWindow(before.occurredOn(), scheme);
        }
        if (MemberSchemes.item(scheme, before.itemCode(), member).evidenceRequired() && evidence.ofDeclaration(id).isEmpty()) {
            throw new InvalidInputException("evidenceIds", "declaration.evidence.required");
        }
        int updated = jdbc.sql("""
                update declarations set status = 'SUBMITTED', submitted_at = ?, version = version + 1
                where tenant_id = ? and id = ? and version = ?""")
            .params(OffsetDateTime.now(clock), BoundTenant.id(), id, version).update();
        if (updated == 0) {
            throw new ConflictException("declaration.stale", List.of());
        }
        events.publishEvent(new DeclarationChanged(DeclarationChanged.Kind.SUBMITTED, id, member.id(), before.snapshot(), row(id).snapshot(),
                member.branchPath()));
    }

    @Transactional
    void review(UUID id, DeclarationRequests.Review request) {
        Row before = find(id).filter(row -> guard.canRead(row.branchId())).orElseThrow(() -> new NotFoundException("declaration.not-found"));
        guard.recorded(before.branchId());
        MemberProfile member = members.readable(before.memberId());
        if (members.self().map(me -> me.id().equals(member.id())).orElse(false)) {
            throw new ForbiddenException("declaration.own");
        }
        if (!before.status().equals("SUBMITTED")) {
            throw new ConflictException("declaration.not-submitted", List.of());
        }
        String reason = blankToNull(request.reason());
        if (request.decision() != DeclarationRequests.Decision.APPROVE && reason == null) {
            throw new InvalidInputException("reason", "declaration.reason.required");
        }
        AppliedScheme scheme = schemes.of(member, before.occurredOn().getYear(), "item");
        SchemeItem item = MemberSchemes.item(scheme, before.itemCode(), member);
        BigDecimal quantity = before.quantity();
        BigDecimal points = before.points();
        String level = before.level();
        BigDecimal awarded = null;
        if (request.decision() == DeclarationRequests.Decision.ADJUST) {
            boolean changes = request.quantity() != null || request.points() != null || request.level() != null || request.awarded() != null;
            if (!changes) {
                throw new InvalidInputException("awarded", "declaration.adjust.nothing");
            }
            quantity = request.quantity() != null ? ItemValues.quantity(item, request.quantity()) : quantity;
            points = request.points() != null ? request.points() : points;
            level = request.level() != null ? request.level() : level;
            awarded = request.awarded();
            List<FieldCode> problems = ItemValues.problems(item, quantity, points, level);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
        String status = switch (request.decision()) {
            case APPROVE -> "APPROVED";
            case ADJUST -> "ADJUSTED";
            case REJECT -> "REJECTED";
            case RETURN -> "RETURNED";
        };
        // The version check and the status change in one statement: of two reviewers at once, one wins, the other gets 409.
        int updated = jdbc.sql("""
                update declarations set status = ?, decision_reason = ?, decided_by = ?, decided_at = ?, version = version + 1
                where tenant_id = ? and id = ? and version = ? and status = 'SUBMITTED'""")
            .params(status, reason, TenantContext.userId().orElseThrow(), OffsetDateTime.now(clock), BoundTenant.id(), id, request.version())
            .update();
        if (updated == 0) {
            throw new ConflictException("declaration.stale", List.of());
        }
        if (status.equals("APPROVED") || status.equals("ADJUSTED")) {
            UUID entry = ledger.append(new Ledger.NewEntry(member.id(), before.branchId(), member.branchPath(), YearMonth.from(before.occurredOn()),
                    item.code(), quantity, level, points, awarded, before.achievement(), Ledger.Source.DECLARATION, id, null, false, reason,
                    scheme.versionId()), null);
            jdbc.sql("update declarations set ledger_entry_id = ? where tenant_id = ? and id = ?").params(entry, BoundTenant.id(), id).update();
        }
        events.publishEvent(new DeclarationChanged(DeclarationChanged.Kind.valueOf(status), id, member.id(), before.snapshot(), row(id).snapshot(),
                member.branchPath()));
    }

    /** The declaration for its member, or for whoever reaches its branch; 404 otherwise. */
    @Transactional(readOnly = true)
    Row readable(UUID id) {
        Row row = find(id).orElseThrow(() -> new NotFoundException("declaration.not-found"));
        boolean own = members.self().map(me -> me.id().equals(row.memberId())).orElse(false);
        if (!own && !guard.canRead(row.branchId())) {
            throw new NotFoundException("declaration.not-found");
        }
        return row;
    }

    MemberProfile self() {
        return members.self().orElseThrow(() -> new ForbiddenException("declaration.not-a-member"));
    }

    private Row own(UUID id, MemberProfile member) {
        return find(id).filter(row -> row.memberId().equals(member.id())).orElseThrow(() -> new NotFoundException("declaration.not-found"));
    }

    private record Checked(AppliedScheme scheme, SchemeItem item, BigDecimal quantity, List<EvidenceFiles.EvidenceView> evidence) {
    }

    /**
     * Everything a declaration must satisfy, each problem at its field; nothing is stored when any is found. Within
     * the window, the month's period must be open too: checked here only to list it beside other problems, since a
     * new declaration's insert refuses a locked month itself and a revised draft checks it before its update.
     */
    private Checked check(MemberProfile member, DeclarationRequests.Declare request, boolean windowApplies) {
        AppliedScheme scheme = schemes.of(member, request.occurredOn().getYear(), "occurredOn");
        SchemeItem item = MemberSchemes.item(scheme, request.item(), member);
        if (item.recordedBy() != RecordedBy.MEMBER) {
            throw new InvalidInputException(List.of(new FieldCode("item", "declaration.item.not-declarable", item.name())));
        }
        List<FieldCode> problems = new ArrayList<>(ItemValues.problems(item, request.quantity(), request.points(), request.level()));
        boolean windowOpen = true;
        if (windowApplies) {
            try {
                checkWindow(request.occurredOn(), scheme);
            } catch (InvalidInputException window) {
                problems.addAll(window.fieldCodes());
                windowOpen = false;
            }
        }
        EvidenceFiles.Cited cited = evidence.cite(request.evidence(), "evidenceIds");
        problems.addAll(cited.problems());
        if (request.submitting() && item.evidenceRequired() && request.evidence().isEmpty()) {
            problems.add(new FieldCode("evidenceIds", "declaration.evidence.required"));
        }
        YearMonth month = YearMonth.from(request.occurredOn());
        if (!problems.isEmpty() && windowApplies && windowOpen && periods.isLocked(member.branchId(), month)) {
            problems.add(Periods.lockedProblem(month, "occurredOn"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(scheme, item, ItemValues.quantity(item, request.quantity()), cited.files());
    }

    /** Not in the future, and not after the scheme's deadline day of the following month (Beijing time). */
    private void checkWindow(LocalDate occurredOn, AppliedScheme scheme) {
        LocalDate today = ChinaCalendar.today(clock);
        if (occurredOn.isAfter(today)) {
            throw new InvalidInputException("occurredOn", "declaration.date.future");
        }
        YearMonth following = YearMonth.from(occurredOn).plusMonths(1);
        LocalDate deadline = following.atDay(Math.min(scheme.declarationDeadlineDay(), following.lengthOfMonth()));
        if (today.isAfter(deadline)) {
            throw new InvalidInputException(List.of(new FieldCode("occurredOn", "declaration.window.closed",
                    YearMonth.from(occurredOn).toString(), deadline.toString())));
        }
    }

    private void attach(UUID declarationId, List<UUID> evidenceIds) {
        for (int i = 0; i < evidenceIds.size(); i++) {
            jdbc.sql("insert into declaration_evidence (tenant_id, declaration_id, evidence_id, position) values (?, ?, ?, ?) on conflict do nothing")
                .params(BoundTenant.id(), declarationId, evidenceIds.get(i), i).update();
        }
    }

    Optional<Row> find(UUID id) {
        return TenantContext.tenantId().flatMap(tenant -> jdbc.sql(SELECT + " where d.tenant_id = ? and d.id = ?").params(tenant, id)
            .query(Declarations::toRow).optional());
    }

    private Row row(UUID id) {
        return find(id).orElseThrow();
    }

    static final String SELECT = """
            select d.id, d.member_id, d.branch_id, d.scheme_version_id, d.item_code, d.occurred_on, d.quantity, d.points, d.level,
                   d.achievement, d.description, d.status, d.decision_reason, d.decided_at, d.ledger_entry_id, d.version, d.created_at,
                   d.submitted_at
            from declarations d""";

    static Row toRow(java.sql.ResultSet rs, int index) throws java.sql.SQLException {
        return new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getObject(14, OffsetDateTime.class), rs.getObject(15, UUID.class), rs.getLong(16),
                rs.getObject(17, OffsetDateTime.class), rs.getObject(18, OffsetDateTime.class));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    record Row(UUID id, UUID memberId, UUID branchId, UUID schemeVersionId, String itemCode, LocalDate occurredOn, BigDecimal quantity,
            @Nullable BigDecimal points, @Nullable String level, @Nullable String achievement, String description, String status,
            @Nullable String decisionReason, @Nullable OffsetDateTime decidedAt, @Nullable UUID ledgerEntryId, long version,
            OffsetDateTime createdAt, @Nullable OffsetDateTime submittedAt) {

        DeclarationChanged.Snapshot snapshot() {
            return new DeclarationChanged.Snapshot(status, itemCode, occurredOn, quantity, points, level, decisionReason);
        }
    }
}
