package cn.xianfeng.scoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.calendar.ChinaCalendar;
import cn.xianfeng.organization.OrgGuard;
import cn.xianfeng.organization.OrgType;
import cn.xianfeng.organization.ReachedOrg;
import cn.xianfeng.schemes.SchemeCatalog;
import cn.xianfeng.scoring.PeriodChanged;
import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.web.ConflictException;
import cn.xianfeng.web.InvalidInputException;
import cn.xianfeng.web.NotFoundException;
import cn.xianfeng.web.XianfengException.FieldCode;

/**
 * A branch's month (domain.md §4): open until the branch committee approves it (every declaration reviewed, every
 * activity finalised, no entry left flagged by the supervisor); then publicised to the branch's members for the
 * scheme's days; closed on time by {@link PublicityJob}; finalised once no objection is open, which locks it. New
 * entries for a month that is not open are refused (corrections, with their reasons, remain possible); re-opening
 * needs the parent's approval.
 */
@Service
class Periods {

    private final JdbcClient jdbc;
    private final OrgGuard guard;
    private final SchemeCatalog catalog;
    private final Alerts alerts;
    private final EntryFlags flags;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClosingChecklist checklist;

    Periods(JdbcClient jdbc, OrgGuard guard, SchemeCatalog catalog, Alerts alerts, EntryFlags flags, ApplicationEventPublisher events,
            Clock clock, ClosingChecklist checklist) {
        this.checklist = checklist;
        this.jdbc = jdbc;
        this.guard = guard;
        this.catalog = catalog;
        this.alerts = alerts;
        this.flags = flags;
        this.events = events;
        this.clock = clock;
    }

    /** The branch committee approves the month (支委会审核). */
    @Transactional
    UUID approve(UUID branchId, YearMonth month) {
        ReachedOrg branch = guard.led(branchId);
        if (branch.org().type() != OrgType.BRANCH) {
            throw new InvalidInputException("branchId", "activity.branch.type");
        }
        if (month.isAfter(ChinaCalendar.thisMonth(clock))) {
            throw new InvalidInputException("month", "entry.month.future");
        }
        // Entries being written to the month commit first and are counted; new ones wait, then find it approved.
        jdbc.sql("select lock_month_for_closing(?, ?, ?)").params(BoundTenant.id(), branchId, month.atDay(1)).query().singleRow();
        long pending = checklist.pendingDeclarations(branchId, month);
        long unfinished = checklist.unfinishedActivities(branchId, month).size();
        if (pending > 0 || unfinished > 0) {
            throw new InvalidInputException(List.of(new FieldCode("month", "period.unfinished", String.valueOf(pending), String.valueOf(unfinished))));
        }
        long flagged = flags.openIn(branchId, month);
        if (flagged > 0) {
            throw new InvalidInputException(List.of(new FieldCode("month", "period.flags-open", String.valueOf(flagged))));
        }
        Optional<Row> reopened = jdbc.sql(SELECT + " where tenant_id = ? and branch_id = ? and month = ? and status = 'REOPENED'")
            .params(BoundTenant.id(), branchId, month.atDay(1)).query(Periods::toRow).optional();
        UUID id = reopened.map(Row::id).orElseGet(UUID::randomUUID);
        if (reopened.isPresent()) {
            move(id, reopened.get().version(), "APPROVED", "approved_by = ?, approved_at = ?", user(), OffsetDateTime.now(clock));
        } else {
            try {
                jdbc.sql("""
                        insert into periods (tenant_id, id, branch_id, month, status, approved_by, approved_at)
                        values (?, ?, ?, ?, 'APPROVED', ?, ?)""")
                    .params(BoundTenant.id(), id, branchId, month.atDay(1), user(), OffsetDateTime.now(clock)).update();
            } catch (DuplicateKeyException approvedAlready) {
                throw new ConflictException("period.approved-already", List.of());
            }
        }
        Row after = row(id);
        events.publishEvent(new PeriodChanged(PeriodChanged.Kind.APPROVED, id, branchId, month.toString(), null, after.snapshot(null), branch.path()));
        return id;
    }

    /** Publicises the approved month to the branch's members for the scheme's publicity days (default 7). */
    @Transactional
    void openPublicity(UUID id, long version) {
        Row before = led(id);
        if (!before.status().equals("APPROVED")) {
            throw new ConflictException("period.not-approved", List.of());
        }
        String path = guard.readable(before.branchId()).path();
        int days = catalog.applyingTo(path, before.month().getYear()).map(scheme -> scheme.publicityDays()).orElse(7);
        OffsetDateTime now = OffsetDateTime.now(clock);
        move(id, version, "IN_PUBLICITY", "publicity_from = ?, publicity_until = ?", now, now.plusDays(days));
        events.publishEvent(new PeriodChanged(PeriodChanged.Kind.PUBLICITY_OPENED, id, before.branchId(), before.month().toString(),
                before.snapshot(null), row(id).snapshot(null), path));
    }

    /** Finalises (locks) the month: its publicity over, and no objection left unanswered. */
    @Transactional
    void finalise(UUID id, long version) {
        Row before = led(id);
        boolean publicityOver = before.status().equals("PUBLICITY_CLOSED")
                || before.status().equals("IN_PUBLICITY") && !before.publicityUntil().isAfter(OffsetDateTime.now(clock));
        if (!publicityOver) {
            throw new ConflictException("period.publicity-not-over", List.of());
        }
        long open = jdbc.sql("select count(*) from objections where tenant_id = ? and period_id = ? and status = 'OPEN'")
            .params(BoundTenant.id(), id).query(Long.class).single();
        if (open > 0) {
            throw new ConflictException("period.objections-open", List.of(new FieldCode("objections", "period.objections-open")));
        }
        // The job closing an ended publicity is nobody's decision: a finalise sent against the state just before it
        // (the publicity over, not yet closed) still holds. Any other change since the caller's version is a conflict.
        boolean closedByTheJobSince = before.status().equals("PUBLICITY_CLOSED") && version == before.version() - 1;
        move(id, closedByTheJobSince ? before.version() : version, "FINALISED", "finalised_by = ?, finalised_at = ?", user(),
                OffsetDateTime.now(clock));
        String path = guard.readable(before.branchId()).path();
        alerts.raiseFor(before.branchId(), path, before.month());
        events.publishEvent(new PeriodChanged(PeriodChanged.Kind.FINALISED, id, before.branchId(), before.month().toString(),
                before.snapshot(null), row(id).snapshot(null), path));
    }

    /** The branch asks its parent to re-open a finalised month, saying why. */
    @Transactional
    void requestReopening(UUID id, long version, String reason) {
        Row before = led(id);
        if (!before.status().equals("FINALISED")) {
            throw new ConflictException("period.not-finalised", List.of());
        }
        move(id, version, "REOPEN_REQUESTED", "reopen_reason = ?", reason.strip());
        events.publishEvent(new PeriodChanged(PeriodChanged.Kind.REOPEN_REQUESTED, id, before.branchId(), before.month().toString(),
                before.snapshot(null), row(id).snapshot(reason.strip()), guard.readable(before.branchId()).path()));
    }

    /** The parent's decision: re-opened, the month is open again until approved anew; declined, it stays final. */
    @Transactional
    void decideReopening(UUID id, long version, boolean approve, @Nullable String note) {
        Row before = find(id).filter(row -> guard.canRead(row.branchId())).orElseThrow(() -> new NotFoundException("period.not-found"));
        ReachedOrg branch = guard.approvedAbove(before.branchId());
        if (!before.status().equals("REOPEN_REQUESTED")) {
            throw new ConflictException("period.no-reopen-request", List.of());
        }
        if (approve) {
            move(id, version, "REOPENED", "publicity_from = null, publicity_until = null, publicity_closed_at = null, finalised_by = null, "
                    + "finalised_at = null");
        } else {
            move(id, version, "FINALISED", "reopen_reason = null");
        }
        events.publishEvent(new PeriodChanged(approve ? PeriodChanged.Kind.REOPENED : PeriodChanged.Kind.REOPEN_DECLINED, id, before.branchId(),
                before.month().toString(), before.snapshot(before.reopenReason()), new PeriodChanged.Snapshot(approve ? "REOPENED" : "FINALISED",
                        null, note), branch.path()));
    }

    /**
     * SQL that holds while a branch's month is open to new entries: its period has not begun closing, or was re-opened.
     * Parameters: tenant, branch, first day of the month. It holds the month's lock shared until the transaction ends,
     * so that an approval waits for the entry to commit and counts it; a write may carry it to refuse itself in the
     * same statement.
     */
    static final String MONTH_OPEN = "month_open_for_entries(?, ?, ?)";

    /** Refuses a new entry for a branch's month that is no longer open; corrections go through their own path. */
    void requireOpen(UUID branchId, YearMonth month, String field) {
        if (isLocked(branchId, month)) {
            throw new InvalidInputException(List.of(lockedProblem(month, field)));
        }
    }

    boolean isLocked(UUID branchId, YearMonth month) {
        return jdbc.sql("select not " + MONTH_OPEN).params(BoundTenant.id(), branchId, month.atDay(1)).query(Boolean.class).single();
    }

    static FieldCode lockedProblem(YearMonth month, String field) {
        return new FieldCode(field, "period.locked", month.toString());
    }

    @Transactional(readOnly = true)
    Optional<Row> ofMonth(UUID branchId, YearMonth month) {
        guard.readable(branchId);
        return jdbc.sql(SELECT + " where tenant_id = ? and branch_id = ? and month = ?").params(BoundTenant.id(), branchId, month.atDay(1))
            .query(Periods::toRow).optional();
    }

    /** A branch's periods of a year, for its own members (the caller's branch, settled by the caller). */
    List<Row> ofBranchYear(UUID branchId, int year) {
        return jdbc.sql(SELECT + " where tenant_id = ? and branch_id = ? and month >= ? and month < ? order by month desc")
            .params(BoundTenant.id(), branchId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).query(Periods::toRow).list();
    }

    /** The period for whoever reaches its branch, or for its branch's members; 404 otherwise. */
    @Transactional(readOnly = true)
    Row readable(UUID id, boolean branchMember) {
        return find(id).filter(row -> branchMember || guard.canRead(row.branchId())).orElseThrow(() -> new NotFoundException("period.not-found"));
    }

    @Transactional(readOnly = true)
    Optional<Row> find(UUID id) {
        return TenantContext.tenantId().flatMap(tenant -> jdbc.sql(SELECT + " where tenant_id = ? and id = ?").params(tenant, id)
            .query(Periods::toRow).optional());
    }

    private Row led(UUID id) {
        Row row = find(id).filter(candidate -> guard.canRead(candidate.branchId())).orElseThrow(() -> new NotFoundException("period.not-found"));
        guard.led(row.branchId());
        return row;
    }

    private void move(UUID id, long version, String status, String set, Object... values) {
        Object[] params = new Object[values.length + 4];
        params[0] = status;
        System.arraycopy(values, 0, params, 1, values.length);
        params[values.length + 1] = BoundTenant.id();
        params[values.length + 2] = id;
        params[values.length + 3] = version;
        int updated = jdbc.sql("update periods set status = ?, " + set + ", version = version + 1 where tenant_id = ? and id = ? and version = ?")
            .params(params).update();
        if (updated == 0) {
            throw new ConflictException("period.stale", List.of());
        }
    }

    private Row row(UUID id) {
        return find(id).orElseThrow();
    }

    private static final String SELECT = """
            select id, branch_id, month, status, publicity_from, publicity_until, finalised_at, reopen_reason, version from periods""";

    private static Row toRow(java.sql.ResultSet rs, int index) throws java.sql.SQLException {
        return new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), YearMonth.from(rs.getObject(3, LocalDate.class)), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class),
                rs.getString(8), rs.getLong(9));
    }

    private static UUID user() {
        return TenantContext.userId().orElseThrow();
    }

    record Row(UUID id, UUID branchId, YearMonth month, String status, @Nullable OffsetDateTime publicityFrom,
            @Nullable OffsetDateTime publicityUntil, @Nullable OffsetDateTime finalisedAt, @Nullable String reopenReason, long version) {

        PeriodChanged.Snapshot snapshot(@Nullable String reason) {
            return new PeriodChanged.Snapshot(status, publicityUntil, reason);
        }

        boolean inPublicity(OffsetDateTime now) {
            return status.equals("IN_PUBLICITY") && publicityUntil != null && publicityUntil.isAfter(now);
        }
    }
}
