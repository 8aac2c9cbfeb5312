package cn.xianfeng.scoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.xianfeng.organization.OrgGuard;
import cn.xianfeng.organization.ReachedOrg;
import cn.xianfeng.schemes.AppliedScheme;
import cn.xianfeng.schemes.SchemeCatalog;
import cn.xianfeng.schemes.SchemeItem;
import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.web.InvalidInputException;
import cn.xianfeng.web.NotFoundException;

/**
 * Spot checks (积分核查/随机抽查): an admin or reviewer draws a random sample of the ledger entries that count under
 * an org in a range of months, by count or percent. The population is put in a fixed order (by id) and shuffled
 * with {@link Random} seeded by the recorded seed, whose algorithm Java specifies: the same seed, population and
 * size draw the same sample anywhere. Reviewers mark each sampled entry verified or a problem, with a note.
 */
@Service
class SpotChecks {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final JdbcClient jdbc;
    private final OrgGuard guard;
    private final SchemeCatalog catalog;
    private final Clock clock;

    SpotChecks(JdbcClient jdbc, OrgGuard guard, SchemeCatalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional
    UUID draw(UUID orgId, YearMonth from, YearMonth to, @Nullable Integer count, @Nullable BigDecimal percent, @Nullable Long seed) {
        ReachedOrg org = guard.reviewed(orgId);
        if (from.isAfter(to)) {
            throw new InvalidInputException("to", "spot-check.range");
        }
        if ((count == null) == (percent == null)) {
            throw new InvalidInputException("count", "spot-check.size.one");
        }
        List<UUID> population = jdbc.sql("""
                select e.id from ledger_entries e join orgs b on b.tenant_id = e.tenant_id and b.id = e.branch_id
                where e.tenant_id = ? and b.path <@ ?::ltree and e.month >= ? and e.month <= ? and not e.voided
                  and not exists (select 1 from ledger_entries later where later.tenant_id = e.tenant_id and later.replaces_id = e.id)
                order by e.id""")
            .params(BoundTenant.id(), org.path(), from.atDay(1), to.atDay(1)).query(UUID.class).list();
        int size = count != null ? count : percent.multiply(BigDecimal.valueOf(population.size()))
            .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValue();
        long recorded = seed != null ? seed : SEEDS.nextLong();
        List<UUID> shuffled = new ArrayList<>(population);
        Collections.shuffle(shuffled, new Random(recorded));
        List<UUID> sample = shuffled.subList(0, Math.min(size, shuffled.size()));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into spot_checks (tenant_id, id, org_id, month_from, month_to, population, seed, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(BoundTenant.id(), id, orgId, from.atDay(1), to.atDay(1), population.size(), recorded, TenantContext.userId().orElseThrow()).update();
        // The sample in one statement, in its drawn order (up to 1,000 entries).
        jdbc.sql("""
                insert into spot_check_items (tenant_id, spot_check_id, ledger_entry_id, position)
                select ?, ?, sample.entry, sample.position - 1 from unnest(?::uuid[]) with ordinality as sample (entry, position)""")
            .params(BoundTenant.id(), id, sample.stream().map(UUID::toString).toArray(String[]::new)).update();
        return id;
    }

    @Transactional
    void mark(UUID id, UUID entryId, String verdict, @Nullable String note) {
        Check check = readable(id);
        guard.reviewed(check.orgId());
        int updated = jdbc.sql("""
                update spot_check_items set verdict = ?, note = ?, checked_by = ?, checked_at = ?
                where tenant_id = ? and spot_check_id = ? and ledger_entry_id = ?""")
            .params(verdict, note == null || note.isBlank() ? null : note.strip(), TenantContext.userId().orElseThrow(), OffsetDateTime.now(clock),
                    BoundTenant.id(), id, entryId)
            .update();
        if (updated == 0) {
            throw new NotFoundException("spot-check.item.not-found");
        }
    }

    @Transactional(readOnly = true)
    Check readable(UUID id) {
        Check check = TenantContext.tenantId().flatMap(tenant -> jdbc.sql("""
                select id, org_id, month_from, month_to, population, seed, created_at from spot_checks where tenant_id = ? and id = ?""")
            .params(tenant, id)
            .query((rs, row) -> new Check(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), YearMonth.from(rs.getObject(3, LocalDate.class)),
                    YearMonth.from(rs.getObject(4, LocalDate.class)), rs.getInt(5), Long.toString(rs.getLong(6)), rs.getObject(7, OffsetDateTime.class),
                    List.of()))
            .optional())
            .filter(found -> guard.canRead(found.orgId()))
            .orElseThrow(() -> new NotFoundException("spot-check.not-found"));
        Map<UUID, Optional<AppliedScheme>> versions = new HashMap<>();
        List<SampledEntry> items = jdbc.sql("""
                select i.ledger_entry_id, e.member_id, m.name, e.item_code, to_char(e.month, 'YYYY-MM'), e.quantity, e.source, i.verdict, i.note,
                       e.scheme_version_id
                from spot_check_items i
                join ledger_entries e on e.tenant_id = i.tenant_id and e.id = i.ledger_entry_id
                join members m on m.tenant_id = e.tenant_id and m.id = e.member_id
                where i.tenant_id = ? and i.spot_check_id = ? order by i.position""")
            .params(BoundTenant.id(), id)
            .query((rs, row) -> new SampledEntry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                    itemName(rs.getObject(10, UUID.class), rs.getString(4), versions), rs.getString(5), rs.getBigDecimal(6), rs.getString(7),
                    rs.getString(8), rs.getString(9)))
            .list();
        return new Check(check.id(), check.orgId(), check.from(), check.to(), check.population(), check.seed(), check.createdAt(), items);
    }

    /** The spot checks drawn at or under an org the caller reaches, newest first, with how far their checking has come. */
    @Transactional(readOnly = true)
    List<SpotCheckSummary> under(UUID orgId) {
        String path = guard.readable(orgId).path();
        return jdbc.sql("""
                select c.id, c.org_id, o.name, c.month_from, c.month_to, c.population, c.seed, c.created_at,
                       count(i.ledger_entry_id), count(i.verdict), count(*) filter (where i.verdict = 'PROBLEM')
                from spot_checks c
                join orgs o on o.tenant_id = c.tenant_id and o.id = c.org_id
                left join spot_check_items i on i.tenant_id = c.tenant_id and i.spot_check_id = c.id
                where c.tenant_id = ? and o.path <@ ?::ltree
                group by c.tenant_id, c.id, o.name order by c.created_at desc, c.id""")
            .params(BoundTenant.id(), path)
            .query((rs, row) -> new SpotCheckSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                    YearMonth.from(rs.getObject(4, LocalDate.class)), YearMonth.from(rs.getObject(5, LocalDate.class)), rs.getInt(6), Long.toString(rs.getLong(7)),
                    rs.getObject(8, OffsetDateTime.class), rs.getInt(9), rs.getInt(10), rs.getInt(11)))
            .list();
    }

    /** The item's name in the scheme version the entry was recorded under (its code, should the version not name it). */
    private String itemName(UUID versionId, String code, Map<UUID, Optional<AppliedScheme>> versions) {
        return versions.computeIfAbsent(versionId, catalog::version).flatMap(scheme -> scheme.item(code)).map(SchemeItem::name).orElse(code);
    }

    record SampledEntry(UUID ledgerEntryId, UUID memberId, String memberName, String itemCode, String itemName, String month, BigDecimal quantity, String source,
            @Schema(types = {"string", "null"}, allowableValues = {"VERIFIED", "PROBLEM"}) @Nullable String verdict,
            @Schema(types = {"string", "null"}) @Nullable String note) {
    }

    /** A seed is answered as its decimal digits: a 64-bit number, which a JavaScript number (53 bits) would round. */
    private static final String SEED = "The recorded seed's decimal digits (a 64-bit number)";

    record SpotCheckSummary(UUID id, UUID orgId, String orgName, YearMonth from, YearMonth to, int population,
            @Schema(description = SEED, example = "-5894926056938588898") String seed, OffsetDateTime createdAt, int sampled, int checked,
            int problems) {
    }

    record Check(UUID id, UUID orgId, YearMonth from, YearMonth to, int population,
            @Schema(description = SEED, example = "-5894926056938588898") String seed, OffsetDateTime createdAt, List<SampledEntry> items) {
    }
}
