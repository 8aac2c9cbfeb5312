package cn.xianfeng.identity;

import java.util.List;
import java.util.UUID;

/**
 * Where a user acts without holding a role: another module's records that tie the user to a tenant (a party
 * member signing in to declare and see their points). Implementations see only the user's own rows.
 */
public interface TenantMemberships {

    List<UUID> tenantsOf(UUID userId);
}
