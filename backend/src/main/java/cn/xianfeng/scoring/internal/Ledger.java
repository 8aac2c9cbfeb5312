package cn.xianfeng.scoring.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.engine.ScoringInput;
import cn.xianfeng.scoring.LedgerEntryRecorded;
import cn.xianfeng.tenancy.TenantContext;

/**
 * The points ledger, append-only: rows are inserted, never updated or deleted (the database role cannot). A
 * correction is a new row replacing an earlier one, with its reason; what counts is every row that no later row
 * replaces and that is not a voiding.
 */
@Service
class Ledger {

    enum Source { DECLARATION, RECORDER, ATTENDANCE, CORRECTION }

    /** A row to append. */
    record NewEntry(UUID memberId, UUID branchId, String branchPath, YearMonth month, String itemCode, BigDecimal quantity,
            @Nullable String level, @Nullable BigDecimal points, @Nullable BigDecimal awarded, @Nullable String achievement,
            Source source, @Nullable UUID sourceId, @Nullable UUID replacesId, boolean voided, @Nullable String reason,
            UUID schemeVersionId) {
    }

    /** A row as stored. */
    record Entry(UUID id, UUID memberId, UUID branchId, YearMonth month, String itemCode, BigDecimal quantity, @Nullable String level,
            @Nullable BigDecimal points, @Nullable BigDecimal awarded, @Nullable String achievement, Source source,
            @Nullable UUID sourceId, @Nullable UUID replacesId, boolean voided, @Nullable String reason, UUID schemeVersionId,
            UUID recordedBy, OffsetDateTime recordedAt) {

        ScoringInput.Entry forEngine() {
            return new ScoringInput.Entry(id.toString(), itemCode, month, quantity, level, points, achievement, awarded);
        }
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Ledger(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    UUID append(NewEntry entry, @Nullable Entry replaced) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into ledger_entries (tenant_id, id, member_id, branch_id, month, item_code, quantity, level, points, awarded,
                    achievement, source, source_id, replaces_id, voided, reason, scheme_version_id, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(BoundTenant.id(), id, entry.memberId(), entry.branchId(), entry.month().atDay(1), entry.itemCode(), entry.quantity(),
                    entry.level(), entry.points(), entry.awarded(), entry.achievement(), entry.source().name(), entry.sourceId(),
                    entry.replacesId(), entry.voided(), entry.reason(), entry.schemeVersionId(), TenantContext.userId().orElseThrow())
            .update();
        events.publishEvent(new LedgerEntryRecorded(id, entry.memberId(), replaced == null ? null : snapshot(replaced),
                new LedgerEntryRecorded.Snapshot(entry.month().toString(), entry.itemCode(), entry.quantity(), entry.points(), entry.level(),
                        entry.awarded(), entry.voided(), entry.source().name(), entry.replacesId(), entry.reason()),
                entry.branchPath()));
        return id;
    }

    @Transactional(readOnly = true)
    Optional<Entry> find(UUID id) {
        return jdbc.sql(SELECT + " where e.tenant_id = ? and e.id = ?").params(BoundTenant.id(), id).query(Ledger::entry).optional();
    }

    /** Whether a later row replaces this one (a replaced row is corrected through its replacement). */
    @Transactional(readOnly = true)
    boolean isReplaced(UUID id) {
        return jdbc.sql("select exists (select 1 from ledger_entries where tenant_id = ? and replaces_id = ?)")
            .params(BoundTenant.id(), id).query(Boolean.class).single();
    }

    /** The member's rows of the year that count: none replaced by a later row, no voiding. */
    @Transactional(readOnly = true)
    List<Entry> counting(UUID memberId, int year) {
        return counting(List.of(memberId), year).getOrDefault(memberId, List.of());
    }

    /** The rows that count, for several members at once (a branch's list), by member. */
    @Transactional(readOnly = true)
    Map<UUID, List<Entry>> counting(Collection<UUID> memberIds, int year) {
        Map<UUID, List<Entry>> byMember = new HashMap<>();
        jdbc.sql(SELECT + " " + """
                 where e.tenant_id = ? and e.member_id = any(?) and e.month >= ? and e.month < ? and not e.voided
                   and not exists (select 1 from ledger_entries later where later.tenant_id = e.tenant_id and later.replaces_id = e.id)
                 order by e.month, e.recorded_at, e.id""")
            .params(BoundTenant.id(), memberIds.toArray(UUID[]::new), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).query(Ledger::entry).list()
            .forEach(entry -> byMember.computeIfAbsent(entry.memberId(), member -> new ArrayList<>()).add(entry));
        return byMember;
    }

    /** The rows an activity wrote that still count, for every participant. */
    @Transactional(readOnly = true)
    List<Entry> countingFrom(UUID sourceId) {
        return jdbc.sql(SELECT + " " + """
                 where e.tenant_id = ? and e.source_id = ? and not e.voided
                   and not exists (select 1 from ledger_entries later where later.tenant_id = e.tenant_id and later.replaces_id = e.id)
                 order by e.recorded_at, e.id""")
            .params(BoundTenant.id(), sourceId).query(Ledger::entry).list();
    }

    /** Every row of the member's year, corrections and voidings included: the history behind the score. */
    @Transactional(readOnly = true)
    List<Entry> history(UUID memberId, int year) {
        return jdbc.sql(SELECT + " where e.tenant_id = ? and e.member_id = ? and e.month >= ? and e.month < ? order by e.recorded_at, e.id")
            .params(BoundTenant.id(), memberId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).query(Ledger::entry).list();
    }

    private static final String SELECT = """
            select e.id, e.member_id, e.branch_id, e.month, e.item_code, e.quantity, e.level, e.points, e.awarded, e.achievement,
                   e.source, e.source_id, e.replaces_id, e.voided, e.reason, e.scheme_version_id, e.recorded_by, e.recorded_at
            from ledger_entries e""";

    private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                YearMonth.from(rs.getObject(4, LocalDate.class)), rs.getString(5), rs.getBigDecimal(6), rs.getString(7),
                rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getString(10), Source.valueOf(rs.getString(11)), rs.getObject(12, UUID.class),
                rs.getObject(13, UUID.class), rs.getBoolean(14), rs.getString(15), rs.getObject(16, UUID.class), rs.getObject(17, UUID.class),
                rs.getObject(18, OffsetDateTime.class));
    }

    private static LedgerEntryRecorded.Snapshot snapshot(Entry entry) {
        return new LedgerEntryRecorded.Snapshot(entry.month().toString(), entry.itemCode(), entry.quantity(), entry.points(), entry.level(),
                entry.awarded(), entry.voided(), entry.source().name(), entry.replacesId(), entry.reason());
    }
}
