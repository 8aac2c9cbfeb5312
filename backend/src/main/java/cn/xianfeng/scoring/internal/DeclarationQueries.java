package cn.xianfeng.scoring.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.organization.MemberDirectory;
import cn.xianfeng.organization.MemberProfile;
import cn.xianfeng.organization.OrgGuard;
import cn.xianfeng.schemes.AppliedScheme;
import cn.xianfeng.schemes.SchemeCatalog;
import cn.xianfeng.schemes.SchemeItem;

import io.swagger.v3.oas.annotations.media.Schema;

/** Declarations as their member and their reviewers see them, with what the caller may do next. */
@Service
class DeclarationQueries {

    enum Action { EDIT, SUBMIT, REVIEW }

    private final JdbcClient jdbc;
    private final Declarations declarations;
    private final MemberDirectory members;
    private final SchemeCatalog catalog;
    private final EvidenceFiles evidence;
    private final OrgGuard guard;

    DeclarationQueries(JdbcClient jdbc, Declarations declarations, MemberDirectory members, SchemeCatalog catalog, EvidenceFiles evidence,
            OrgGuard guard) {
        this.jdbc = jdbc;
        this.declarations = declarations;
        this.members = members;
        this.catalog = catalog;
        this.evidence = evidence;
        this.guard = guard;
    }

    @Transactional(readOnly = true)
    DeclarationView one(UUID id) {
        return views(List.of(declarations.readable(id))).getFirst();
    }

    /** The view of the declaration the caller has just made, from what was written. */
    @Transactional(readOnly = true)
    DeclarationView view(Declarations.Declared declared) {
        return views(List.of(declared.row()), Map.of(declared.row().id(), declared.evidence())).getFirst();
    }

    /** The signed-in member's own declarations of a year, newest first. */
    @Transactional(readOnly = true)
    List<DeclarationView> mine(int year) {
        MemberProfile member = declarations.self();
        return views(jdbc.sql(Declarations.SELECT + " " + """
                 where d.tenant_id = ? and d.member_id = ? and d.month >= ? and d.month < ?
                 order by d.occurred_on desc, d.created_at desc""")
            .params(BoundTenant.id(), member.id(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
            .query(Declarations::toRow).list());
    }

    /** The declarations under an org the caller reaches (never a member's draft), by status and month, oldest submitted first. */
    @Transactional(readOnly = true)
    DeclarationPage search(UUID orgId, @Nullable String status, @Nullable LocalDate month, int page, int size) {
        String path = guard.readable(orgId).path();
        String where = " " + """
                 where d.tenant_id = ? and o.path <@ ?::ltree and d.status <> 'DRAFT' and (?::text is null or d.status = ?) and (?::date is null or d.month = ?)""";
        String from = " join orgs o on o.tenant_id = d.tenant_id and o.id = d.branch_id";
        long total = jdbc.sql("select count(*) from declarations d" + from + where)
            .params(BoundTenant.id(), path, status, status, month, month).query(Long.class).single();
        List<Declarations.Row> rows = jdbc.sql(Declarations.SELECT + from + where
                + " order by d.submitted_at nulls last, d.created_at, d.id limit ? offset ?")
            .params(BoundTenant.id(), path, status, status, month, month, size, (long) page * size)
            .query(Declarations::toRow).list();
        return new DeclarationPage(views(rows), page, size, total);
    }

    private List<DeclarationView> views(List<Declarations.Row> rows) {
        return views(rows, evidence.ofDeclarations(rows.stream().map(Declarations.Row::id).toList()));
    }

    private List<DeclarationView> views(List<Declarations.Row> rows, Map<UUID, List<EvidenceFiles.EvidenceView>> cited) {
        Map<UUID, Optional<AppliedScheme>> schemes = new HashMap<>();
        Map<UUID, MemberProfile> profiles = new HashMap<>();
        Map<UUID, Boolean> recordedBranches = new HashMap<>();
        Optional<MemberProfile> self = members.self();
        return rows.stream().map(row -> {
            Optional<SchemeItem> item = schemes.computeIfAbsent(row.schemeVersionId(), catalog::version).flatMap(scheme -> scheme.item(row.itemCode()));
            MemberProfile member = profiles.computeIfAbsent(row.memberId(),
                    id -> self.filter(me -> me.id().equals(id)).orElseGet(() -> members.readable(id)));
            boolean own = self.map(me -> me.id().equals(row.memberId())).orElse(false);
            Set<Action> actions = EnumSet.noneOf(Action.class);
            if (own && (row.status().equals("DRAFT") || row.status().equals("RETURNED"))) {
                actions.add(Action.EDIT);
                actions.add(Action.SUBMIT);
            }
            if (!own && row.status().equals("SUBMITTED") && recordedBranches.computeIfAbsent(row.branchId(), guard::canRecord)) {
                actions.add(Action.REVIEW);
            }
            return new DeclarationView(row.id(), row.memberId(), member.name(), row.branchId(), member.branchName(), row.itemCode(),
                    item.map(SchemeItem::name).orElse(row.itemCode()), item.map(SchemeItem::sectionName).orElse(""),
                    item.map(found -> found.ruleType().name()).orElse(""), row.occurredOn(), row.occurredOn().toString().substring(0, 7),
                    row.quantity(), row.points(), row.level(), row.achievement(), row.description(), row.status(), row.decisionReason(),
                    row.decidedAt(), row.ledgerEntryId(), cited.getOrDefault(row.id(), List.of()), row.version(), row.submittedAt(), List.copyOf(actions));
        }).toList();
    }

    record DeclarationView(UUID id, UUID memberId, String memberName, UUID branchId, String branchName, String itemCode, String itemName,
            String sectionName, String ruleType, LocalDate occurredOn, @Schema(description = "YYYY-MM") String month, BigDecimal quantity,
            @Schema(types = {"number", "null"}) @Nullable BigDecimal points,
            @Schema(types = {"string", "null"}) @Nullable String level,
            @Schema(types = {"string", "null"}) @Nullable String achievement,
            String description, String status,
            @Schema(types = {"string", "null"}) @Nullable String decisionReason,
            @Schema(types = {"string", "null"}, format = "date-time") @Nullable OffsetDateTime decidedAt,
            @Schema(types = {"string", "null"}, format = "uuid") @Nullable UUID ledgerEntryId,
            List<EvidenceFiles.EvidenceView> evidence, long version,
            @Schema(types = {"string", "null"}, format = "date-time") @Nullable OffsetDateTime submittedAt,
            List<Action> actions) {
    }

    record DeclarationPage(List<DeclarationView> items, int page, int size, long total) {
    }
}
