package cn.xianfeng.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.organization.Gender;
import cn.xianfeng.organization.MemberStatus;
import cn.xianfeng.organization.PostType;
import cn.xianfeng.tenancy.TenantContext;

/** Member lists: one query over the branches under the given subtrees (ltree, GiST-indexed), paged. */
@Component
class MemberQueries {

    private static final String SELECT = """
            select m.id, m.name, m.gender, m.status, m.post_type, m.leader_cadre, m.joined_on, m.branch_id, b.name,
                   m.group_id, g.name, m.mobile, m.email, m.version
            from members m
            join orgs b on b.tenant_id = m.tenant_id and b.id = m.branch_id
            left join orgs g on g.tenant_id = m.tenant_id and g.id = m.group_id
            """;

    private final JdbcClient jdbc;

    MemberQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Optional<MemberView> member(UUID id) {
        return jdbc.sql(SELECT + "where m.tenant_id = ? and m.id = ?").params(tenant(), id)
            .query(MemberQueries::view).optional();
    }

    /** Members of branches under any of {@code paths}, filtered, ordered by branch then name. */
    @Transactional(readOnly = true)
    MemberPage search(List<String> paths, @Nullable String text, @Nullable MemberStatus status, int page, int size) {
        List<Object> params = new ArrayList<>(List.of(tenant(), paths.toArray(String[]::new)));
        StringBuilder where = new StringBuilder("where m.tenant_id = ? and b.path <@ ?::ltree[]");
        if (text != null && !text.isBlank()) {
            where.append(" and (m.name ilike ? or m.mobile like ?)");
            String pattern = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(pattern);
            params.add(pattern);
        }
        if (status != null) {
            where.append(" and m.status = ?");
            params.add(status.name());
        }
        long total = jdbc.sql("select count(*) from members m join orgs b on b.tenant_id = m.tenant_id and b.id = m.branch_id "
                + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<MemberView> items = jdbc.sql(SELECT + where + " order by b.path, m.name, m.id limit ? offset ?")
            .params(pageParams).query(MemberQueries::view).list();
        return new MemberPage(items, page, size, total);
    }

    @Transactional(readOnly = true)
    List<TransferView> transfers(UUID memberId) {
        return jdbc.sql("""
                select t.transferred_on, t.from_branch_id, fb.name, t.from_group_id, fg.name,
                       t.to_branch_id, tb.name, t.to_group_id, tg.name, t.reason
                from member_transfers t
                join orgs fb on fb.tenant_id = t.tenant_id and fb.id = t.from_branch_id
                join orgs tb on tb.tenant_id = t.tenant_id and tb.id = t.to_branch_id
                left join orgs fg on fg.tenant_id = t.tenant_id and fg.id = t.from_group_id
                left join orgs tg on tg.tenant_id = t.tenant_id and tg.id = t.to_group_id
                where t.tenant_id = ? and t.member_id = ?
                order by t.transferred_on, t.recorded_at""")
            .params(tenant(), memberId)
            .query((rs, row) -> new TransferView(rs.getObject(1, LocalDate.class), rs.getObject(2, UUID.class),
                    rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5), rs.getObject(6, UUID.class),
                    rs.getString(7), rs.getObject(8, UUID.class), rs.getString(9), rs.getString(10)))
            .list();
    }

    private static UUID tenant() {
        return TenantContext.tenantId().orElseThrow(() -> new IllegalStateException("No tenant bound"));
    }

    private static MemberView view(ResultSet rs, int row) throws SQLException {
        String gender = rs.getString(3);
        return new MemberView(rs.getObject(1, UUID.class), rs.getString(2), gender == null ? null : Gender.valueOf(gender),
                MemberStatus.valueOf(rs.getString(4)), PostType.valueOf(rs.getString(5)), rs.getBoolean(6),
                rs.getObject(7, LocalDate.class), rs.getObject(8, UUID.class), rs.getString(9),
                rs.getObject(10, UUID.class), rs.getString(11), rs.getString(12), rs.getString(13), rs.getLong(14));
    }

    record MemberPage(List<MemberView> items, int page, int size, long total) {
    }

    record TransferView(LocalDate transferredOn, UUID fromBranchId, String fromBranchName,
            @io.swagger.v3.oas.annotations.media.Schema(types = {"string", "null"}, format = "uuid") @Nullable UUID fromGroupId,
            @io.swagger.v3.oas.annotations.media.Schema(types = {"string", "null"}) @Nullable String fromGroupName,
            UUID toBranchId, String toBranchName,
            @io.swagger.v3.oas.annotations.media.Schema(types = {"string", "null"}, format = "uuid") @Nullable UUID toGroupId,
            @io.swagger.v3.oas.annotations.media.Schema(types = {"string", "null"}) @Nullable String toGroupName,
            @io.swagger.v3.oas.annotations.media.Schema(types = {"string", "null"}) @Nullable String reason) {
    }
}
