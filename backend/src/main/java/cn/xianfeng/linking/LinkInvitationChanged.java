package cn.xianfeng.linking;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.audit.Auditable;

/** An invitation code was issued or revoked at an org. The code itself is never recorded, only its hint. */
public record LinkInvitationChanged(Kind kind, UUID entityId, @Nullable InvitationSnapshot before,
        InvitationSnapshot after, String orgPath) implements Auditable {

    public enum Kind { ISSUED, REVOKED }

    @Override
    public String action() {
        return "LINK_INVITATION_" + kind.name();
    }

    @Override
    public String entityType() {
        return "LINK_INVITATION";
    }

    public record InvitationSnapshot(UUID orgId, String codeHint, OffsetDateTime expiresAt, @Nullable OffsetDateTime revokedAt) {
    }
}
