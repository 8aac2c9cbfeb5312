package cn.xianfeng.linking;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.audit.Auditable;

/**
 * A link between two tenants was requested, accepted, declined, cancelled or ended. It is audited in the
 * tenant of whoever acted, {@code orgPath} being that side's node (the upper org, or the lower root), and in the
 * other side's tenant at its node of the link.
 */
public record LinkChanged(Kind kind, UUID entityId, @Nullable LinkSnapshot before, LinkSnapshot after, String orgPath)
        implements Auditable {

    public enum Kind { REQUESTED, ACCEPTED, DECLINED, CANCELLED, UNLINKED }

    @Override
    public String action() {
        return "LINK_" + kind.name();
    }

    @Override
    public String entityType() {
        return "TENANT_LINK";
    }

    /** The link's two ends (by name, as each side knows the other) and its status. */
    public record LinkSnapshot(String upperTenantName, String upperOrgName, String lowerTenantName, String lowerRootName,
            String status) {
    }
}
