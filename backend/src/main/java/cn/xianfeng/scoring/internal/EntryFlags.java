package cn.xianfeng.scoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.organization.OrgGuard;
import cn.xianfeng.scoring.EntryFlagChanged;
import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.web.ConflictException;
import cn.xianfeng.web.NotFoundException;

/**
 * Review (初评, domain.md §4): the supervisor (监督员) — or a secretary, or an admin or reviewer above — flags any
 * ledger entry they doubt, with a note; the branch's record keepers resolve it, usually after correcting the
 * entry. One open flag per entry; the month cannot be approved while one is open.
 */
@Service
class EntryFlags {

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final OrgGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EntryFlags(JdbcClient jdbc, Ledger ledger, OrgGuard guard, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    UUID raise(UUID entryId, String note) {
        Ledger.Entry entry = ledger.find(entryId).filter(found -> guard.canRead(found.branchId()))
            .orElseThrow(() -> new NotFoundException("ledger.entry.not-found"));
        String path = guard.supervised(entry.branchId()).path();
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    insert into entry_flags (tenant_id, id, ledger_entry_id, branch_id, month, note, raised_by) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(BoundTenant.id(), id, entryId, entry.branchId(), entry.month().atDay(1), note.strip(), user()).update();
        } catch (DuplicateKeyException flaggedAlready) {
            throw new ConflictException("flag.open-already", List.of());
        }
        events.publishEvent(new EntryFlagChanged(EntryFlagChanged.Kind.RAISED, id, entryId, entry.branchId(), user(), null,
                new EntryFlagChanged.Snapshot("OPEN", note.strip(), null), path));
        return id;
    }

    /** The branch's record keepers answer the flag (after correcting the entry, or explaining why it stands). */
    @Transactional
    void resolve(UUID id, long version, String resolution) {
        Flag before = readable(id);
        String path = guard.recorded(before.branchId()).path();
        int updated = jdbc.sql("""
                update entry_flags set status = 'RESOLVED', resolution = ?, resolved_by = ?, resolved_at = ?, version = version + 1
                where tenant_id = ? and id = ? and version = ? and status = 'OPEN'""")
            .params(resolution.strip(), user(), OffsetDateTime.now(clock), BoundTenant.id(), id, version).update();
        if (updated == 0) {
            throw new ConflictException("flag.stale", List.of());
        }
        events.publishEvent(new EntryFlagChanged(EntryFlagChanged.Kind.RESOLVED, id, before.ledgerEntryId(), before.branchId(), before.raisedBy(),
                new EntryFlagChanged.Snapshot("OPEN", before.note(), null), new EntryFlagChanged.Snapshot("RESOLVED", before.note(),
                        resolution.strip()), path));
    }

    @Transactional(readOnly = true)
    Flag readable(UUID id) {
        return TenantContext.tenantId().flatMap(tenant -> jdbc.sql(SELECT + " where f.tenant_id = ? and f.id = ?").params(tenant, id)
            .query(EntryFlags::toFlag).optional())
            .filter(flag -> guard.canRead(flag.branchId()))
            .orElseThrow(() -> new NotFoundException("flag.not-found"));
    }

    /** The flags on entries under an org the caller reaches, open ones first, then newest. */
    @Transactional(readOnly = true)
    List<Flag> under(UUID orgId, @Nullable String status) {
        String path = guard.readable(orgId).path();
        return jdbc.sql(SELECT + " join orgs o on o.tenant_id = f.tenant_id and o.id = f.branch_id " + """
                where f.tenant_id = ? and o.path <@ ?::ltree and (?::text is null or f.status = ?)
                order by f.status, f.raised_at desc, f.id limit 500""")
            .params(BoundTenant.id(), path, status, status).query(EntryFlags::toFlag).list();
    }

    /** How many of a branch's entries of the month are flagged and not yet resolved. */
    @Transactional(readOnly = true)
    long openIn(UUID branchId, YearMonth month) {
        return jdbc.sql("select count(*) from entry_flags where tenant_id = ? and branch_id = ? and month = ? and status = 'OPEN'")
            .params(BoundTenant.id(), branchId, month.atDay(1)).query(Long.class).single();
    }

    /** The entries of a member's year with an open flag. */
    @Transactional(readOnly = true)
    List<UUID> flaggedOf(UUID memberId, int year) {
        return jdbc.sql("""
                select f.ledger_entry_id from entry_flags f join ledger_entries e on e.tenant_id = f.tenant_id and e.id = f.ledger_entry_id
                where f.tenant_id = ? and e.member_id = ? and f.status = 'OPEN' and f.month >= ? and f.month < ?""")
            .params(BoundTenant.id(), memberId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).query(UUID.class).list();
    }

    private static final String SELECT = """
            select f.id, f.ledger_entry_id, e.member_id, m.name, f.branch_id, e.item_code, to_char(f.month, 'YYYY-MM'), f.note, f.raised_by,
                   f.raised_at, f.status, f.resolution, f.resolved_at, f.version
            from entry_flags f
            join ledger_entries e on e.tenant_id = f.tenant_id and e.id = f.ledger_entry_id
            join members m on m.tenant_id = e.tenant_id and m.id = e.member_id""";

    private static Flag toFlag(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Flag(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4),
                rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, UUID.class),
                rs.getObject(10, OffsetDateTime.class), rs.getString(11), rs.getString(12), rs.getObject(13, OffsetDateTime.class), rs.getLong(14));
    }

    private static UUID user() {
        return TenantContext.userId().orElseThrow();
    }

    record Flag(UUID id, UUID ledgerEntryId, UUID memberId, String memberName, UUID branchId, String itemCode, String month, String note,
            UUID raisedBy, OffsetDateTime raisedAt, String status, @Nullable String resolution, @Nullable OffsetDateTime resolvedAt,
            long version) {
    }
}
