package cn.xianfeng.schemes.internal;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.xianfeng.schemes.AlertRules;
import cn.xianfeng.schemes.AppliedScheme;
import cn.xianfeng.schemes.AttendanceItems;
import cn.xianfeng.schemes.RecordedBy;
import cn.xianfeng.schemes.SchemeCatalog;
import cn.xianfeng.schemes.SchemeChanged;
import cn.xianfeng.schemes.SchemeItem;
import cn.xianfeng.tenancy.TenantContext;

import tools.jackson.databind.json.JsonMapper;

/** The published versions, read for the monthly cycle: which one applies where, and what its items are. */
@Service
class PublishedSchemes implements SchemeCatalog {

    private static final int DEFAULT_PUBLICITY_DAYS = 7;
    private static final int DEFAULT_DEADLINE_DAY = 5;

    /** How many entries each cache below keeps before it starts afresh. */
    private static final int CACHED_ENTRIES = 2_000;

    /**
     * Which version applies where: read for every declaration and entry, changed only by a publication. Kept for a
     * few seconds, so that month-end's thousands of declarations from one branch ask once.
     */
    private static final Duration APPLYING_TTL = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    /** Parsed versions: a published version never changes, so every request after the first skips the parse. */
    private final Map<Key, AppliedScheme> parsed = new ConcurrentHashMap<>();
    private final Map<Applying, Applied> applying = new ConcurrentHashMap<>();

    private record Key(UUID tenantId, UUID versionId) {
    }

    private record Applying(UUID tenantId, String orgPath, int year) {
    }

    private record Applied(Optional<UUID> versionId, long lookedUpAt) {
    }

    PublishedSchemes(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AppliedScheme> applyingTo(String orgPath, int year) {
        Applying key = new Applying(tenant(), orgPath, year);
        long now = System.nanoTime();
        Applied recent = applying.get(key);
        if (recent == null || now - recent.lookedUpAt() > APPLYING_TTL.toNanos()) {
            Optional<UUID> versionId = jdbc.sql("""
                    select v.id from scheme_versions v
                    join schemes s on s.tenant_id = v.tenant_id and s.id = v.scheme_id
                    join orgs o on o.tenant_id = s.tenant_id and o.id = s.org_id
                    where v.tenant_id = ? and s.year = ? and v.status = 'PUBLISHED' and o.path @> ?::ltree
                    order by nlevel(o.path) desc limit 1""")
                .params(key.tenantId(), year, orgPath).query(UUID.class).optional();
            if (applying.size() >= CACHED_ENTRIES) {
                applying.clear();
            }
            recent = new Applied(versionId, now);
            applying.put(key, recent);
        }
        return recent.versionId().flatMap(this::version);
    }

    /** A version published here applies at once; another replica's publication reaches this one within the TTL. */
    @TransactionalEventListener
    void published(SchemeChanged changed) {
        if (changed.kind() == SchemeChanged.Kind.PUBLISHED) {
            applying.clear();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AppliedScheme> version(UUID versionId) {
        // Keyed by tenant too: what one tenant loaded is never handed to another.
        Key key = new Key(tenant(), versionId);
        AppliedScheme cached = parsed.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<AppliedScheme> loaded = jdbc.sql(SELECT + " where v.tenant_id = ? and v.id = ? and v.status <> 'DRAFT'")
            .params(tenant(), versionId).query(this::applied).optional();
        loaded.ifPresent(scheme -> {
            if (parsed.size() >= CACHED_ENTRIES) {
                parsed.clear();
            }
            parsed.put(key, scheme);
        });
        return loaded;
    }

    private static final String SELECT = """
            select s.id, v.id, v.number, s.year, s.org_id, v.document::text
            from scheme_versions v
            join schemes s on s.tenant_id = v.tenant_id and s.id = v.scheme_id
            join orgs o on o.tenant_id = s.tenant_id and o.id = s.org_id""";

    private AppliedScheme applied(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        SchemeDocument document = json.readValue(rs.getString(6), SchemeDocument.class);
        return new AppliedScheme(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), document.name(), rs.getInt(4),
                rs.getObject(5, UUID.class), items(document),
                document.attendanceOrNone().stream().map(rule -> new AttendanceItems(rule.kind(), rule.present(), rule.absent(), rule.late(),
                        rule.leftEarly(), rule.host(), rule.minutes())).toList(),
                document.publicityDays() == null ? DEFAULT_PUBLICITY_DAYS : document.publicityDays(),
                document.declarationDeadlineDay() == null ? DEFAULT_DEADLINE_DAY : document.declarationDeadlineDay(),
                document.ranking() != null && Boolean.TRUE.equals(document.ranking().inBranch()),
                document.alerts() == null ? null : new AlertRules(document.alerts().passingScore(),
                        document.alerts().consecutiveMonths() == null ? List.of() : document.alerts().consecutiveMonths(),
                        Boolean.TRUE.equals(document.alerts().zeroMonth()), document.alerts().branchShareBelowPassing()),
                document.toEngine());
    }

    private static List<SchemeItem> items(SchemeDocument document) {
        Set<String> triggers = new HashSet<>();
        document.vetoesOrNone().forEach(veto -> triggers.add(veto.trigger()));
        return document.sections().stream().flatMap(section -> section.items().stream().map(item -> {
            SchemeDocument.Rule rule = item.rule();
            SchemeDocument.AppliesTo appliesTo = item.appliesTo();
            return new SchemeItem(item.code(), item.name(), section.code(), section.name(), section.kind(),
                    SchemeItem.RuleType.valueOf(rule.type().name()), rule.points(), rule.min(), rule.max(),
                    rule.levels() == null ? List.of() : rule.levels().stream().map(SchemeDocument.Level::level).toList(),
                    item.recordedBy() == null ? RecordedBy.MEMBER : item.recordedBy(), Boolean.TRUE.equals(item.evidenceRequired()),
                    triggers.contains(item.code()),
                    appliesTo == null || appliesTo.statuses() == null ? List.of() : appliesTo.statuses(),
                    appliesTo == null || appliesTo.postTypes() == null ? List.of() : appliesTo.postTypes(),
                    appliesTo != null && Boolean.TRUE.equals(appliesTo.leaderCadresOnly()));
        })).toList();
    }

    private static UUID tenant() {
        return TenantContext.tenantId().orElseThrow();
    }
}
