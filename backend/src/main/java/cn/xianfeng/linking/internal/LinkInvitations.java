package cn.xianfeng.linking.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.linking.LinkInvitationChanged;
import cn.xianfeng.linking.LinkInvitationChanged.InvitationSnapshot;
import cn.xianfeng.organization.OrgGuard;
import cn.xianfeng.organization.OrgType;
import cn.xianfeng.organization.ReachedOrg;
import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.web.ConflictException;
import cn.xianfeng.web.InvalidInputException;
import cn.xianfeng.web.NotFoundException;

/**
 * Invitation codes at a committee of this tenant, under which another tenant may ask to link its root. A code
 * serves any number of requests until it expires or is revoked; each request still needs acceptance.
 */
@Service
class LinkInvitations {

    private final JdbcClient jdbc;
    private final OrgGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LinkInvitations(JdbcClient jdbc, OrgGuard guard, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    IssuedInvitation issue(UUID orgId, int validDays) {
        ReachedOrg org = guard.administered(orgId);
        if (org.closed()) {
            throw new ConflictException("org.parent-closed", List.of());
        }
        OrgType type = org.org().type();
        if (!type.allowsChild(OrgType.COMMITTEE) && !type.allowsChild(OrgType.GENERAL_BRANCH)) {
            throw new InvalidInputException("orgId", "link.invitation.org-type");
        }
        String code = LinkCodes.generate();
        UUID id = UUID.randomUUID();
        OffsetDateTime expiresAt = OffsetDateTime.now(clock).plusDays(validDays);
        jdbc.sql("""
                insert into link_invitations (tenant_id, id, org_id, code_hash, code_hint, expires_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
            .params(tenant(), id, orgId, LinkCodes.hash(code), LinkCodes.hint(code), expiresAt,
                    TenantContext.userId().orElse(null))
            .update();
        events.publishEvent(new LinkInvitationChanged(LinkInvitationChanged.Kind.ISSUED, id, null,
                new InvitationSnapshot(orgId, LinkCodes.hint(code), expiresAt, null), org.path()));
        return new IssuedInvitation(id, orgId, code, LinkCodes.hint(code), expiresAt);
    }

    @Transactional(readOnly = true)
    List<InvitationView> list(UUID orgId) {
        guard.administered(orgId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return jdbc.sql("""
                select i.id, i.code_hint, i.expires_at, i.revoked_at, i.created_at,
                       (select count(*) from tenant_links l where l.upper_tenant_id = i.tenant_id and l.invitation_id = i.id)
                from link_invitations i where i.tenant_id = ? and i.org_id = ? order by i.created_at desc""")
            .params(tenant(), orgId)
            .query((rs, row) -> {
                OffsetDateTime expiresAt = rs.getObject(3, OffsetDateTime.class);
                OffsetDateTime revokedAt = rs.getObject(4, OffsetDateTime.class);
                InvitationStatus status = revokedAt != null ? InvitationStatus.REVOKED
                        : expiresAt.isAfter(now) ? InvitationStatus.ACTIVE : InvitationStatus.EXPIRED;
                return new InvitationView(rs.getObject(1, UUID.class), rs.getString(2), expiresAt, revokedAt,
                        rs.getObject(5, OffsetDateTime.class), status, rs.getLong(6));
            })
            .list();
    }

    @Transactional
    void revoke(UUID orgId, UUID id) {
        ReachedOrg org = guard.administered(orgId);
        InvitationView invitation = list(orgId).stream().filter(candidate -> candidate.id().equals(id)).findFirst()
            .orElseThrow(() -> new NotFoundException("link.invitation.not-found"));
        if (invitation.status() == InvitationStatus.REVOKED) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("update link_invitations set revoked_at = ? where tenant_id = ? and id = ?").params(now, tenant(), id).update();
        events.publishEvent(new LinkInvitationChanged(LinkInvitationChanged.Kind.REVOKED, id,
                new InvitationSnapshot(orgId, invitation.codeHint(), invitation.expiresAt(), null),
                new InvitationSnapshot(orgId, invitation.codeHint(), invitation.expiresAt(), now), org.path()));
    }

    private static UUID tenant() {
        return TenantContext.tenantId().orElseThrow();
    }

    enum InvitationStatus { ACTIVE, EXPIRED, REVOKED }

    /** The code is shown once, here; only its hash is kept. */
    record IssuedInvitation(UUID id, UUID orgId, String code, String codeHint, OffsetDateTime expiresAt) {
    }

    record InvitationView(UUID id, String codeHint, OffsetDateTime expiresAt,
            @io.swagger.v3.oas.annotations.media.Schema(types = {"string", "null"}, format = "date-time")
            @org.jspecify.annotations.Nullable OffsetDateTime revokedAt,
            OffsetDateTime createdAt, InvitationStatus status, long requests) {
    }
}
