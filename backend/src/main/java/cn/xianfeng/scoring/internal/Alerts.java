package cn.xianfeng.scoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.organization.MemberDirectory;
import cn.xianfeng.organization.MemberProfile;
import cn.xianfeng.organization.MemberStatus;
import cn.xianfeng.organization.OrgGuard;
import cn.xianfeng.schemes.AlertRules;
import cn.xianfeng.schemes.AppliedScheme;
import cn.xianfeng.schemes.SchemeCatalog;
import cn.xianfeng.scoring.AlertRaised;
import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.web.ConflictException;
import cn.xianfeng.web.NotFoundException;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Alerts (预警, seed 002), raised when a branch's month is finalised, for schemes that score month by month: one,
 * two or three months in a row below the passing score, a month at zero, and the branch's share of graded members
 * below passing. They are tasks for the branch: notes while following up, then closed.
 */
@Service
class Alerts {

    private final JdbcClient jdbc;
    private final SchemeCatalog catalog;
    private final MemberDirectory members;
    private final MemberScores scores;
    private final OrgGuard guard;
    private final ApplicationEventPublisher events;

    Alerts(JdbcClient jdbc, SchemeCatalog catalog, MemberDirectory members, MemberScores scores, OrgGuard guard,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.members = members;
        this.scores = scores;
        this.guard = guard;
        this.events = events;
    }

    /** Raises the month's alerts; a month finalised again raises none twice. */
    void raiseFor(UUID branchId, String branchPath, YearMonth month) {
        Optional<AppliedScheme> scheme = catalog.applyingTo(branchPath, month.getYear());
        AlertRules rules = scheme.map(AppliedScheme::alerts).orElse(null);
        if (rules == null) {
            return;
        }
        int graded = 0;
        int below = 0;
        List<MemberProfile> branch = members.ofBranch(branchId);
        Map<UUID, MemberScores.MemberYear> scored = scores.scoreAll(branch, month.getYear());
        // A run of months below passing counts only months the branch settled: one never approved is no evidence.
        Set<YearMonth> settled = finalisedMonths(branchId, month.getYear());
        for (MemberProfile member : branch) {
            MemberScores.MemberYear year = scored.get(member.id());
            Map<String, BigDecimal> totals = new HashMap<>();
            year.periods().forEach(period -> totals.put(period.period(), period.total()));
            BigDecimal total = totals.get(month.toString());
            if (total == null) {
                continue; // exempt this month, or a scheme that does not score months
            }
            if (rules.zeroMonth() && total.signum() == 0) {
                raise(branchId, member.id(), month, "ZERO_MONTH", total);
            }
            if (member.status() == MemberStatus.ACTIVIST) {
                continue; // scored for observation, never graded
            }
            graded++;
            if (total.compareTo(rules.passingScore()) < 0) {
                below++;
                int run = 0;
                for (YearMonth earlier = month; earlier.getYear() == month.getYear(); earlier = earlier.minusMonths(1)) {
                    BigDecimal score = totals.get(earlier.toString());
                    if (score == null || score.compareTo(rules.passingScore()) >= 0 || !earlier.equals(month) && !settled.contains(earlier)) {
                        break;
                    }
                    run++;
                }
                int level = Math.min(run, 3);
                if (rules.consecutiveMonths().contains(level)) {
                    raise(branchId, member.id(), month, "BELOW_PASSING_" + level, total);
                }
            }
        }
        BigDecimal share = rules.branchShareBelowPassing();
        if (share != null && graded > 0 && BigDecimal.valueOf(below).compareTo(share.multiply(BigDecimal.valueOf(graded))) >= 0) {
            raise(branchId, null, month, "BRANCH_BELOW_PASSING",
                    BigDecimal.valueOf(below * 100L).divide(BigDecimal.valueOf(graded), 2, RoundingMode.HALF_UP));
        }
    }

    private Set<YearMonth> finalisedMonths(UUID branchId, int year) {
        return jdbc.sql("""
                select month from periods where tenant_id = ? and branch_id = ? and status in ('FINALISED', 'REOPEN_REQUESTED')
                  and month >= ? and month < ?""")
            .params(BoundTenant.id(), branchId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
            .query((rs, row) -> YearMonth.from(rs.getObject(1, LocalDate.class))).set();
    }

    private void raise(UUID branchId, @Nullable UUID memberId, YearMonth month, String kind, BigDecimal score) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                insert into alerts (tenant_id, id, branch_id, member_id, month, kind, score, status) values (?, ?, ?, ?, ?, ?, ?, 'OPEN')
                on conflict do nothing""")
            .params(BoundTenant.id(), id, branchId, memberId, month.atDay(1), kind, score).update();
        if (inserted > 0) {
            events.publishEvent(new AlertRaised(id, branchId, memberId, month.toString(), kind));
        }
    }

    /** The alerts under an org the caller reaches, newest first. */
    @Transactional(readOnly = true)
    List<AlertView> under(UUID orgId, @Nullable String status) {
        String path = guard.readable(orgId).path();
        List<AlertView> alerts = jdbc.sql("""
                select a.id, a.branch_id, b.name, a.member_id, m.name, to_char(a.month, 'YYYY-MM'), a.kind, a.score, a.status, a.created_at,
                       a.closed_at, a.version
                from alerts a join orgs b on b.tenant_id = a.tenant_id and b.id = a.branch_id
                left join members m on m.tenant_id = a.tenant_id and m.id = a.member_id
                where a.tenant_id = ? and b.path <@ ?::ltree and (?::text is null or a.status = ?)
                order by a.month desc, a.created_at desc limit 500""")
            .params(BoundTenant.id(), path, status, status)
            .query((rs, row) -> new AlertView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getString(9), rs.getObject(10, OffsetDateTime.class),
                    rs.getObject(11, OffsetDateTime.class), rs.getLong(12), List.of()))
            .list();
        return alerts.stream().map(alert -> alert.withNotes(notes(alert.id()))).toList();
    }

    @Transactional
    void note(UUID id, String text) {
        UUID branch = branchOf(id);
        guard.led(branch);
        jdbc.sql("insert into alert_notes (tenant_id, id, alert_id, text, written_by) values (?, ?, ?, ?, ?)")
            .params(BoundTenant.id(), UUID.randomUUID(), id, text.strip(), TenantContext.userId().orElseThrow()).update();
    }

    @Transactional
    void close(UUID id, long version, @Nullable String note) {
        UUID branch = branchOf(id);
        guard.led(branch);
        if (note != null && !note.isBlank()) {
            note(id, note);
        }
        int updated = jdbc.sql("""
                update alerts set status = 'CLOSED', closed_by = ?, closed_at = now(), version = version + 1
                where tenant_id = ? and id = ? and version = ? and status = 'OPEN'""")
            .params(TenantContext.userId().orElseThrow(), BoundTenant.id(), id, version).update();
        if (updated == 0) {
            throw new ConflictException("alert.stale", List.of());
        }
    }

    private UUID branchOf(UUID id) {
        return TenantContext.tenantId().flatMap(tenant -> jdbc.sql("select branch_id from alerts where tenant_id = ? and id = ?").params(tenant, id)
            .query(UUID.class).optional())
            .filter(guard::canRead)
            .orElseThrow(() -> new NotFoundException("alert.not-found"));
    }

    private List<NoteView> notes(UUID alertId) {
        return jdbc.sql("select text, written_at from alert_notes where tenant_id = ? and alert_id = ? order by written_at")
            .params(BoundTenant.id(), alertId).query((rs, row) -> new NoteView(rs.getString(1), rs.getObject(2, OffsetDateTime.class))).list();
    }

    record NoteView(String text, OffsetDateTime writtenAt) {
    }

    /** {@code score}: the member's month score, or for the branch the percentage of graded members below passing. */
    record AlertView(UUID id, UUID branchId, String branchName,
            @Schema(types = {"string", "null"}, format = "uuid", description = "None for a branch's alert") @Nullable UUID memberId,
            @Schema(types = {"string", "null"}) @Nullable String memberName, String month, String kind,
            @Schema(types = {"number", "null"}, description = "The member's month score; for BRANCH_BELOW_PASSING, the percentage of graded "
                    + "members below passing") @Nullable BigDecimal score,
            String status, OffsetDateTime createdAt, @Schema(types = {"string", "null"}, format = "date-time") @Nullable OffsetDateTime closedAt,
            long version,
            List<NoteView> notes) {

        AlertView withNotes(List<NoteView> notes) {
            return new AlertView(id, branchId, branchName, memberId, memberName, month, kind, score, status, createdAt, closedAt, version, notes);
        }
    }
}
