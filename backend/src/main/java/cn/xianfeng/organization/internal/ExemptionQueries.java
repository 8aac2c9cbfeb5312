package cn.xianfeng.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.organization.ExemptionChanged;
import cn.xianfeng.organization.ExemptionReason;
import cn.xianfeng.organization.ExemptionStatus;
import cn.xianfeng.tenancy.TenantContext;

import io.swagger.v3.oas.annotations.media.Schema;

/** Exemption lists (by subtree, like members) and one application with its steps. */
@Component
class ExemptionQueries {

    private static final String SELECT = """
            select e.id, e.member_id, m.name, e.branch_id, b.name, e.reason, e.details, e.effective_from,
                   e.effective_to, e.upper_approval_required, e.status, e.publicity_from, e.publicity_to,
                   e.applied_on, e.version
            from exemptions e
            join members m on m.tenant_id = e.tenant_id and m.id = e.member_id
            join orgs b on b.tenant_id = e.tenant_id and b.id = e.branch_id
            """;

    private final JdbcClient jdbc;

    ExemptionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Optional<ExemptionView> exemption(UUID id) {
        return jdbc.sql(SELECT + "where e.tenant_id = ? and e.id = ?").params(tenant(), id)
            .query(ExemptionQueries::view).optional();
    }

    /** Applications in branches under any of {@code paths}, newest first. */
    @Transactional(readOnly = true)
    ExemptionPage search(List<String> paths, @Nullable UUID memberId, @Nullable ExemptionStatus status, int page, int size) {
        List<Object> params = new ArrayList<>(List.of(tenant(), paths.toArray(String[]::new)));
        StringBuilder where = new StringBuilder("where e.tenant_id = ? and b.path <@ ?::ltree[]");
        if (memberId != null) {
            where.append(" and e.member_id = ?");
            params.add(memberId);
        }
        if (status != null) {
            where.append(" and e.status = ?");
            params.add(status.name());
        }
        long total = jdbc.sql("select count(*) from exemptions e join orgs b on b.tenant_id = e.tenant_id and b.id = e.branch_id "
                + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<ExemptionView> items = jdbc.sql(SELECT + where + " order by e.applied_on desc, e.created_at desc, e.id limit ? offset ?")
            .params(pageParams).query(ExemptionQueries::view).list();
        return new ExemptionPage(items, page, size, total);
    }

    @Transactional(readOnly = true)
    List<ExemptionStepView> steps(UUID exemptionId) {
        return jdbc.sql("""
                select s.step, s.approved, s.decided_on, s.note, u.display_name, s.acted_at
                from exemption_steps s
                left join users u on u.id = s.acted_by
                where s.tenant_id = ? and s.exemption_id = ?
                order by s.acted_at, s.id""")
            .params(tenant(), exemptionId)
            .query((rs, row) -> new ExemptionStepView(ExemptionChanged.Step.valueOf(rs.getString(1)),
                    (Boolean) rs.getObject(2), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5),
                    rs.getObject(6, OffsetDateTime.class)))
            .list();
    }

    private static UUID tenant() {
        return TenantContext.tenantId().orElseThrow(() -> new IllegalStateException("No tenant bound"));
    }

    private static ExemptionView view(ResultSet rs, int row) throws SQLException {
        return new ExemptionView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getObject(4, UUID.class), rs.getString(5), ExemptionReason.valueOf(rs.getString(6)), rs.getString(7),
                rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getBoolean(10),
                ExemptionStatus.valueOf(rs.getString(11)), rs.getObject(12, LocalDate.class),
                rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class), rs.getLong(15));
    }

    /** An application as lists show it. */
    record ExemptionView(UUID id, UUID memberId, String memberName, UUID branchId, String branchName,
            ExemptionReason reason,
            @Schema(types = {"string", "null"}) @Nullable String details,
            @Schema(format = "date") LocalDate effectiveFrom,
            @Schema(types = {"string", "null"}, format = "date", description = "Null: until ended") @Nullable LocalDate effectiveTo,
            boolean upperApprovalRequired, ExemptionStatus status,
            @Schema(types = {"string", "null"}, format = "date") @Nullable LocalDate publicityFrom,
            @Schema(types = {"string", "null"}, format = "date") @Nullable LocalDate publicityTo,
            @Schema(format = "date") LocalDate appliedOn, long version) {
    }

    record ExemptionPage(List<ExemptionView> items, int page, int size, long total) {
    }

    /** One step taken: its decision (null where a step decides nothing), date, note and who recorded it. */
    record ExemptionStepView(ExemptionChanged.Step step,
            @Schema(types = {"boolean", "null"}) @Nullable Boolean approved,
            @Schema(format = "date") LocalDate decidedOn,
            @Schema(types = {"string", "null"}) @Nullable String note,
            @Schema(types = {"string", "null"}) @Nullable String actedBy,
            OffsetDateTime actedAt) {
    }
}
