package cn.xianfeng.scoring.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.engine.Scheme;
import cn.xianfeng.engine.Scheme.SectionKind;
import cn.xianfeng.organization.MemberDirectory;
import cn.xianfeng.organization.MemberProfile;
import cn.xianfeng.organization.OrgGuard;
import cn.xianfeng.schemes.AppliedScheme;
import cn.xianfeng.schemes.RecordedBy;
import cn.xianfeng.schemes.SchemeCatalog;
import cn.xianfeng.schemes.SchemeItem;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a secretary checks before approving a month: what blocks the approval (declarations awaiting review,
 * activities not finalised, open flags) and what is probably missing (members with none of the items only the
 * recorder records, such as dues). One look instead of four pages.
 */
@Service
class ClosingChecklist {

    private final JdbcClient jdbc;
    private final OrgGuard guard;
    private final MemberDirectory members;
    private final SchemeCatalog catalog;
    private final EntryFlags flags;

    ClosingChecklist(JdbcClient jdbc, OrgGuard guard, MemberDirectory members, SchemeCatalog catalog, EntryFlags flags) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.members = members;
        this.catalog = catalog;
        this.flags = flags;
    }

    @Transactional(readOnly = true)
    Checklist of(UUID branchId, YearMonth month) {
        String branchPath = guard.readable(branchId).path();
        List<String> recorderItems = new ArrayList<>();
        List<MemberWithout> without = new ArrayList<>();
        catalog.applyingTo(branchPath, month.getYear()).ifPresent(scheme -> missingRecorderEntries(scheme, branchId, month, recorderItems, without));
        return new Checklist(pendingDeclarations(branchId, month), unfinishedActivities(branchId, month), flags.openIn(branchId, month),
                recorderItems, without);
    }

    /** Declarations of the month awaiting review: approving waits for none (Periods.approve asks too). */
    long pendingDeclarations(UUID branchId, YearMonth month) {
        return jdbc.sql("select count(*) from declarations where tenant_id = ? and branch_id = ? and month = ? and status = 'SUBMITTED'")
            .params(BoundTenant.id(), branchId, month.atDay(1)).query(Long.class).single();
    }

    /** The month's activities whose attendance is not finalised: likewise. */
    List<OpenActivity> unfinishedActivities(UUID branchId, YearMonth month) {
        return jdbc.sql("""
                select id, title, held_on from activities
                where tenant_id = ? and branch_id = ? and status = 'SCHEDULED' and held_on >= ? and held_on < ? order by held_on, title""")
            .params(BoundTenant.id(), branchId, month.atDay(1), month.plusMonths(1).atDay(1))
            .query((rs, row) -> new OpenActivity(rs.getObject("id", UUID.class), rs.getString("title"), rs.getObject("held_on", LocalDate.class)))
            .list();
    }

    /**
     * The members with no entry this month of any item the recorder is expected to record every month: the scheme's
     * recorder-only base and duty items that award points (dues, the month's duties), where the scheme scores months.
     * Deductions and awards come when they happen, and a scheme scored by the year expects nothing of a month.
     */
    private void missingRecorderEntries(AppliedScheme scheme, UUID branchId, YearMonth month, List<String> recorderItems,
            List<MemberWithout> without) {
        Scheme.Aggregation aggregation = scheme.engine().aggregation();
        if (aggregation != Scheme.Aggregation.MONTHLY_AVERAGE && aggregation != Scheme.Aggregation.QUARTERLY_OF_MONTHLY) {
            return;
        }
        List<SchemeItem> recorderOnly = scheme.items().stream()
            .filter(item -> item.recordedBy() == RecordedBy.RECORDER && !item.vetoTrigger() && awardsPoints(item)
                    && (item.sectionKind() == SectionKind.BASE || item.sectionKind() == SectionKind.DUTY))
            .toList();
        recorderOnly.forEach(item -> recorderItems.add(item.name()));
        if (recorderOnly.isEmpty()) {
            return;
        }
        Map<UUID, Set<String>> recorded = jdbc.sql("""
                select member_id, item_code from ledger_entries where tenant_id = ? and branch_id = ? and month = ? and not voided""")
            .params(BoundTenant.id(), branchId, month.atDay(1))
            .query((rs, row) -> Map.entry(rs.getObject("member_id", UUID.class), rs.getString("item_code")))
            .stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(HashSet::new))));
        for (MemberProfile member : members.ofBranch(branchId)) {
            List<SchemeItem> theirs = recorderOnly.stream().filter(item -> item.appliesTo(member)).toList();
            Set<String> codes = recorded.getOrDefault(member.id(), Set.of());
            if (!theirs.isEmpty() && theirs.stream().noneMatch(item -> codes.contains(item.code()))) {
                without.add(new MemberWithout(member.id(), member.name()));
            }
        }
    }

    private static boolean awardsPoints(SchemeItem item) {
        java.math.BigDecimal most = item.points() != null ? item.points() : item.max();
        return most != null && most.signum() > 0;
    }

    record Checklist(
            @Schema(description = "Declarations awaiting review: the month cannot be approved until none") long pendingDeclarations,
            @Schema(description = "Activities of the month whose attendance is not finalised: likewise") List<OpenActivity> unfinishedActivities,
            @Schema(description = "Entries flagged by the supervisor and not resolved: likewise") long openFlags,
            @Schema(description = "The names of the items the recorder records every month (dues, the month's duties…); "
                    + "none where the scheme scores the year as a whole") List<String> recorderItems,
            @Schema(description = "Members with none of those items this month: probably not yet recorded (a warning)")
            List<MemberWithout> membersWithoutRecorderEntries) {
    }

    record OpenActivity(UUID id, String title, LocalDate heldOn) {
    }

    record MemberWithout(UUID memberId, String name) {
    }
}
