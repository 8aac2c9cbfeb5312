package cn.xianfeng.scoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.organization.MemberDirectory;
import cn.xianfeng.organization.MemberProfile;
import cn.xianfeng.organization.OrgGuard;
import cn.xianfeng.organization.OrgType;
import cn.xianfeng.organization.ReachedOrg;
import cn.xianfeng.scoring.FilingChanged;
import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.web.ConflictException;
import cn.xianfeng.web.InvalidInputException;
import cn.xianfeng.web.NotFoundException;
import cn.xianfeng.web.XianfengException.FieldCode;

import tools.jackson.databind.json.JsonMapper;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Filing (上报备案, domain.md §4): once every month of a quarter (or of the year) is finalised, the branch files the
 * summary to its parent, kept exactly as filed; an admin or reviewer above accepts it or returns it with a
 * comment, and a returned summary can be filed again.
 */
@Service
class Filings {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final OrgGuard guard;
    private final MemberDirectory members;
    private final MemberScores scores;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Filings(JdbcClient jdbc, JsonMapper json, OrgGuard guard, MemberDirectory members, MemberScores scores, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.guard = guard;
        this.members = members;
        this.scores = scores;
        this.events = events;
        this.clock = clock;
    }

    /** A member's line of the summary: each month's score, the period's, and the grade for a year. */
    record SummaryLine(UUID memberId, String name, List<String> months, String total,
            @Schema(types = {"string", "null"}, description = "The grade, for a year") @Nullable String grade) {
    }

    record Summary(String branch, String period, List<String> months, List<SummaryLine> lines) {
    }

    @Transactional
    UUID file(UUID branchId, String period) {
        ReachedOrg branch = guard.led(branchId);
        if (branch.org().type() != OrgType.BRANCH) {
            throw new InvalidInputException("branchId", "filing.branch.type");
        }
        int year = Integer.parseInt(period.substring(0, 4));
        List<YearMonth> months = new ArrayList<>();
        int first = period.length() == 4 ? 1 : (period.charAt(6) - '1') * 3 + 1;
        int last = period.length() == 4 ? 12 : first + 2;
        for (int month = first; month <= last; month++) {
            months.add(YearMonth.of(year, month));
        }
        List<String> finalised = jdbc.sql("select to_char(month, 'YYYY-MM') from periods where tenant_id = ? and branch_id = ? and status = 'FINALISED'")
            .params(BoundTenant.id(), branchId).query(String.class).list();
        List<String> missing = months.stream().map(YearMonth::toString).filter(month -> !finalised.contains(month)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldCode("period", "filing.not-final", String.join("、", missing))));
        }
        UUID parent = jdbc.sql("""
                select p.id from orgs b join orgs p on p.tenant_id = b.tenant_id and p.path = subpath(b.path, 0, nlevel(b.path) - 1)
                where b.tenant_id = ? and b.id = ?""")
            .params(BoundTenant.id(), branchId).query(UUID.class).optional()
            .orElseThrow(() -> new InvalidInputException("branchId", "filing.no-parent"));
        Summary summary = summary(branch.org().name(), period, year, months, branchId);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    insert into filings (tenant_id, id, branch_id, parent_id, period, status, summary, filed_by)
                    values (?, ?, ?, ?, ?, 'FILED', ?::jsonb, ?)""")
                .params(BoundTenant.id(), id, branchId, parent, period, json.writeValueAsString(summary), TenantContext.userId().orElseThrow()).update();
        } catch (DuplicateKeyException filedAlready) {
            throw new ConflictException("filing.filed-already", List.of());
        }
        events.publishEvent(new FilingChanged(FilingChanged.Kind.FILED, id, branchId, period, null, "FILED", null, branch.path()));
        return id;
    }

    @Transactional
    void decide(UUID id, long version, boolean accept, @Nullable String comment) {
        Row filing = readable(id);
        ReachedOrg branch = guard.approvedAbove(filing.branchId());
        if (!accept && (comment == null || comment.isBlank())) {
            throw new InvalidInputException("comment", "filing.comment.required");
        }
        int updated = jdbc.sql("""
                update filings set status = ?, decided_by = ?, decided_at = ?, comment = ?, version = version + 1
                where tenant_id = ? and id = ? and version = ? and status = 'FILED'""")
            .params(accept ? "ACCEPTED" : "RETURNED", TenantContext.userId().orElseThrow(), OffsetDateTime.now(clock), comment == null ? null : comment.strip(),
                    BoundTenant.id(), id, version)
            .update();
        if (updated == 0) {
            throw new ConflictException("filing.stale", List.of());
        }
        events.publishEvent(new FilingChanged(accept ? FilingChanged.Kind.ACCEPTED : FilingChanged.Kind.RETURNED, id, filing.branchId(),
                filing.period(), "FILED", accept ? "ACCEPTED" : "RETURNED", comment, branch.path()));
    }

    /** The filings of the branches under an org the caller reaches (the parent's inbox), newest first. */
    @Transactional(readOnly = true)
    List<Row> under(UUID orgId, @Nullable String status) {
        String path = guard.readable(orgId).path();
        return jdbc.sql(SELECT + " " + """
                 join orgs b on b.tenant_id = f.tenant_id and b.id = f.branch_id
                 where f.tenant_id = ? and b.path <@ ?::ltree and (?::text is null or f.status = ?)
                 order by f.filed_at desc limit 500""")
            .params(BoundTenant.id(), path, status, status).query(this::toRow).list();
    }

    @Transactional(readOnly = true)
    Row readable(UUID id) {
        return TenantContext.tenantId().flatMap(tenant -> jdbc.sql(SELECT + " where f.tenant_id = ? and f.id = ?").params(tenant, id)
            .query(this::toRow).optional())
            .filter(row -> guard.canRead(row.branchId()))
            .orElseThrow(() -> new NotFoundException("filing.not-found"));
    }

    private Summary summary(String branchName, String period, int year, List<YearMonth> months, UUID branchId) {
        List<SummaryLine> lines = new ArrayList<>();
        List<MemberProfile> branch = members.ofBranch(branchId);
        Map<UUID, MemberScores.MemberYear> years = scores.scoreAll(branch, year);
        for (MemberProfile member : branch) {
            MemberScores.MemberYear scored = years.get(member.id());
            List<BigDecimal> totals = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            for (YearMonth month : months) {
                Optional<BigDecimal> total = scored.periods().stream().filter(score -> score.period().equals(month.toString()))
                    .map(score -> score.total()).findFirst();
                total.ifPresent(totals::add);
                cells.add(scored.exemptMonths().contains(month.toString()) ? "不参加积分管理" : total.map(Filings::plain).orElse("—"));
            }
            String total;
            if (period.length() == 4) {
                total = plain(scored.annual());
            } else {
                total = scored.quarters().stream().filter(score -> score.period().equals(period)).map(score -> plain(score.total())).findFirst()
                    .orElse(totals.isEmpty() ? plain(scored.yearScore()) : plain(totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP)));
            }
            lines.add(new SummaryLine(member.id(), member.name(), cells, total, period.length() == 4 ? scored.grade() : null));
        }
        return new Summary(branchName, period, months.stream().map(YearMonth::toString).toList(), lines);
    }

    private static final String SELECT = """
            select f.id, f.branch_id, f.parent_id, f.period, f.status, f.summary::text, f.filed_at, f.decided_at, f.comment, f.version
            from filings f""";

    private Row toRow(java.sql.ResultSet rs, int index) throws java.sql.SQLException {
        return new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5),
                json.readValue(rs.getString(6), Summary.class), rs.getObject(7, OffsetDateTime.class), rs.getObject(8, OffsetDateTime.class),
                rs.getString(9), rs.getLong(10));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    record Row(UUID id, UUID branchId, UUID parentId, String period, String status, Summary summary, OffsetDateTime filedAt,
            @Schema(types = {"string", "null"}, format = "date-time") @Nullable OffsetDateTime decidedAt,
            @Schema(types = {"string", "null"}) @Nullable String comment, long version) {
    }
}
