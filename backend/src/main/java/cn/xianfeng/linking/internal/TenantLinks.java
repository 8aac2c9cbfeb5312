package cn.xianfeng.linking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.linking.LinkChanged;
import cn.xianfeng.organization.OrgGuard;
import cn.xianfeng.organization.OrgManagement;
import cn.xianfeng.organization.OrgRef;
import cn.xianfeng.organization.OrgType;
import cn.xianfeng.organization.ReachedOrg;
import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.tenancy.TenantManagement;
import cn.xianfeng.web.ConflictException;
import cn.xianfeng.web.ForbiddenException;
import cn.xianfeng.web.InvalidInputException;
import cn.xianfeng.web.NotFoundException;
import cn.xianfeng.web.XianfengException.FieldCode;

/**
 * Links between this tenant and others, from either side. The lower side (its root's admin) requests with a
 * code; the upper side (an admin of the invited node) accepts or declines; either side ends an active link.
 * A caller sees a link only where their roles reach their side's node; anything else is 404.
 */
@Service
class TenantLinks {

    private static final String COLUMNS = """
            id, upper_tenant_id, upper_org_id, lower_tenant_id, lower_root_id, upper_tenant_name, upper_org_name,
            lower_tenant_name, lower_root_name, status, note, requested_at, decided_at, ended_at, ended_by_side, version""";

    private final JdbcClient jdbc;
    private final OrgGuard guard;
    private final OrgManagement orgs;
    private final TenantManagement tenants;
    private final ApplicationEventPublisher events;

    TenantLinks(JdbcClient jdbc, OrgGuard guard, OrgManagement orgs, TenantManagement tenants,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.orgs = orgs;
        this.tenants = tenants;
        this.events = events;
    }

    /** The lower side asks to link its root under the node the code was issued at. */
    @Transactional
    UUID request(String code, @Nullable String note) {
        OrgRef root = orgs.root().orElseThrow();
        ReachedOrg ownRoot = guard.administered(root.id());
        Invited invited = jdbc.sql("select * from link_invitation_by_code(?)").param(LinkCodes.hash(code))
            .query((rs, row) -> new Invited(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                    rs.getObject(4, UUID.class), rs.getString(5), OrgType.valueOf(rs.getString(6))))
            .optional().orElseThrow(() -> new NotFoundException("link.code.not-found"));
        UUID self = tenant();
        if (invited.tenantId().equals(self)) {
            throw new InvalidInputException("code", "link.code.own-tenant");
        }
        if (!invited.orgType().allowsChild(root.type())) {
            throw new InvalidInputException("code", "link.code.type-not-allowed");
        }
        boolean wouldCycle = jdbc.sql("select exists (select 1 from tenants_above(?) where tenant_id = ?)")
            .params(invited.tenantId(), self).query(Boolean.class).single();
        if (wouldCycle) {
            throw new InvalidInputException("code", "link.code.cycle");
        }
        UUID id = UUID.randomUUID();
        String ownName = tenants.current().orElseThrow().name();
        try {
            jdbc.sql("""
                    insert into tenant_links (id, upper_tenant_id, upper_org_id, lower_tenant_id, lower_root_id, invitation_id,
                                              upper_tenant_name, upper_org_name, lower_tenant_name, lower_root_name, status,
                                              note, requested_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?)""")
                .params(id, invited.tenantId(), invited.orgId(), self, root.id(), invited.invitationId(),
                        invited.tenantName(), invited.orgName(), ownName, root.name(), note, TenantContext.userId().orElse(null))
                .update();
        } catch (DuplicateKeyException alreadyLinked) {
            throw new ConflictException("link.already-linked", List.of(new FieldCode("code", "link.already-linked")));
        }
        Link link = find(id).orElseThrow();
        events.publishEvent(new LinkChanged(LinkChanged.Kind.REQUESTED, id, null, link.snapshot(), ownRoot.path()));
        return id;
    }

    @Transactional
    void accept(UUID id, long version) {
        decide(id, version, "ACTIVE", LinkChanged.Kind.ACCEPTED);
    }

    @Transactional
    void decline(UUID id, long version) {
        decide(id, version, "DECLINED", LinkChanged.Kind.DECLINED);
    }

    /** Ends an active link from either side; the lower side may also withdraw its pending request. */
    @Transactional
    void unlink(UUID id, long version) {
        Link link = visible(id);
        ReachedOrg ownNode = actingSide(link);
        checkVersion(link, version);
        boolean cancel = "REQUESTED".equals(link.status()) && link.side(tenant()) == Side.LOWER;
        if (!"ACTIVE".equals(link.status()) && !cancel) {
            throw new ConflictException("link.not-active", List.of());
        }
        String status = cancel ? "CANCELLED" : "UNLINKED";
        jdbc.sql("""
                update tenant_links set status = ?, ended_by = ?, ended_by_side = ?, ended_at = now(), version = version + 1
                where id = ?""")
            .params(status, TenantContext.userId().orElse(null), link.side(tenant()).name(), id).update();
        events.publishEvent(new LinkChanged(cancel ? LinkChanged.Kind.CANCELLED : LinkChanged.Kind.UNLINKED, id,
                link.snapshot(), find(id).orElseThrow().snapshot(), ownNode.path()));
    }

    /** Links the caller can see, both where this tenant is the upper side and where it is the lower one. */
    @Transactional(readOnly = true)
    List<Link> list() {
        UUID self = tenant();
        return jdbc.sql("select " + COLUMNS + " from tenant_links order by requested_at desc").query(TenantLinks::link).list()
            .stream().filter(link -> guard.canRead(link.ownNode(self))).toList();
    }

    /** A link the caller can see; 404 otherwise. */
    @Transactional(readOnly = true)
    Link visible(UUID id) {
        return find(id).filter(link -> guard.canRead(link.ownNode(tenant())))
            .orElseThrow(() -> new NotFoundException("link.not-found"));
    }

    /** What the caller may do with a link now. */
    @Transactional(readOnly = true)
    Set<LinkAction> actions(Link link) {
        Set<LinkAction> actions = EnumSet.noneOf(LinkAction.class);
        Side side = link.side(tenant());
        if (!guard.canAdminister(link.ownNode(tenant()))) {
            return actions;
        }
        switch (link.status()) {
            case "REQUESTED" -> actions.addAll(side == Side.UPPER ? List.of(LinkAction.ACCEPT, LinkAction.DECLINE)
                    : List.of(LinkAction.CANCEL));
            case "ACTIVE" -> actions.add(LinkAction.UNLINK);
            default -> {
            }
        }
        if (side == Side.UPPER && "ACTIVE".equals(link.status())) {
            actions.add(LinkAction.VIEW_TREE);
        }
        return actions;
    }

    /** The lower tree's shape with member counts per node (each node counts its whole subtree); no names of people. */
    @Transactional(readOnly = true)
    List<LinkedNode> tree(UUID id) {
        Link link = visible(id);
        if (link.side(tenant()) != Side.UPPER) {
            throw new ForbiddenException("link.not-upper-side");
        }
        if (!"ACTIVE".equals(link.status())) {
            throw new ConflictException("link.not-active", List.of());
        }
        Map<UUID, LinkedNode> nodes = new LinkedHashMap<>();
        jdbc.sql("select * from linked_tree(?)").param(id).query((ResultSet rs) -> {
            UUID orgId = rs.getObject(1, UUID.class);
            nodes.put(orgId, new LinkedNode(orgId, rs.getObject(2, UUID.class), OrgType.valueOf(rs.getString(3)),
                    rs.getString(4), new MemberCounts(rs.getLong(5), rs.getLong(6), rs.getLong(7))));
        });
        // Rows come parents first (ordered by path), so adding each node's counts to its ancestors, deepest first,
        // gives subtree totals in one pass.
        List<LinkedNode> inOrder = new ArrayList<>(nodes.values());
        Map<UUID, MemberCounts> totals = new LinkedHashMap<>();
        inOrder.forEach(node -> totals.put(node.id(), node.members()));
        for (int i = inOrder.size() - 1; i >= 0; i--) {
            LinkedNode node = inOrder.get(i);
            if (node.parentId() != null && totals.containsKey(node.parentId())) {
                totals.put(node.parentId(), totals.get(node.parentId()).plus(totals.get(node.id())));
            }
        }
        return inOrder.stream().map(node -> node.withMembers(totals.get(node.id()))).toList();
    }

    private void decide(UUID id, long version, String status, LinkChanged.Kind kind) {
        Link link = visible(id);
        if (link.side(tenant()) != Side.UPPER) {
            throw new ForbiddenException("link.not-upper-side");
        }
        ReachedOrg upperOrg = guard.administered(link.upperOrgId());
        checkVersion(link, version);
        if (!"REQUESTED".equals(link.status())) {
            throw new ConflictException("link.not-requested", List.of());
        }
        jdbc.sql("update tenant_links set status = ?, decided_by = ?, decided_at = now(), version = version + 1 where id = ?")
            .params(status, TenantContext.userId().orElse(null), id).update();
        events.publishEvent(new LinkChanged(kind, id, link.snapshot(), find(id).orElseThrow().snapshot(), upperOrg.path()));
    }

    private ReachedOrg actingSide(Link link) {
        return guard.administered(link.ownNode(tenant()));
    }

    private Optional<Link> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from tenant_links where id = ?").param(id).query(TenantLinks::link).optional();
    }

    private static void checkVersion(Link link, long version) {
        if (link.version() != version) {
            throw new ObjectOptimisticLockingFailureException("TenantLink", link.id());
        }
    }

    private static UUID tenant() {
        return TenantContext.tenantId().orElseThrow();
    }

    private static Link link(ResultSet rs, int row) throws SQLException {
        String endedBySide = rs.getString(15);
        return new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getObject(12, OffsetDateTime.class),
                rs.getObject(13, OffsetDateTime.class), rs.getObject(14, OffsetDateTime.class),
                endedBySide == null ? null : Side.valueOf(endedBySide), rs.getLong(16));
    }

    enum Side { UPPER, LOWER }

    enum LinkAction { ACCEPT, DECLINE, CANCEL, UNLINK, VIEW_TREE }

    private record Invited(UUID invitationId, UUID tenantId, String tenantName, UUID orgId, String orgName, OrgType orgType) {
    }

    record Link(UUID id, UUID upperTenantId, UUID upperOrgId, UUID lowerTenantId, UUID lowerRootId, String upperTenantName,
            String upperOrgName, String lowerTenantName, String lowerRootName, String status, @Nullable String note,
            OffsetDateTime requestedAt, @Nullable OffsetDateTime decidedAt, @Nullable OffsetDateTime endedAt,
            @Nullable Side endedBySide, long version) {

        Side side(UUID tenantId) {
            return upperTenantId.equals(tenantId) ? Side.UPPER : Side.LOWER;
        }

        /** The node on the given tenant's side: the invited org above, or the root below. */
        UUID ownNode(UUID tenantId) {
            return side(tenantId) == Side.UPPER ? upperOrgId : lowerRootId;
        }

        LinkChanged.LinkSnapshot snapshot() {
            return new LinkChanged.LinkSnapshot(upperTenantName, upperOrgName, lowerTenantName, lowerRootName, status);
        }
    }

    record MemberCounts(long full, long probationary, long activists) {

        MemberCounts plus(MemberCounts other) {
            return new MemberCounts(full + other.full, probationary + other.probationary, activists + other.activists);
        }
    }

    record LinkedNode(UUID id,
            @io.swagger.v3.oas.annotations.media.Schema(types = {"string", "null"}, format = "uuid") @Nullable UUID parentId,
            OrgType type, String name, MemberCounts members) {

        LinkedNode withMembers(MemberCounts counts) {
            return new LinkedNode(id, parentId, type, name, counts);
        }
    }
}
