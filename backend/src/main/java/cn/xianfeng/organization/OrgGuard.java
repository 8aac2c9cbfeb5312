package cn.xianfeng.organization;

import java.util.UUID;

/**
 * Whether the signed-in caller reaches an org of the current tenant: for other modules that act on an org
 * (e.g. linking tenants). Out of reach is 404, as if the org did not exist.
 */
public interface OrgGuard {

    /** The org if any of the caller's roles reaches it; 404 otherwise. */
    ReachedOrg readable(UUID orgId);

    /** The org if the caller administers it; 404 when they cannot see it, 403 when they only see it. */
    ReachedOrg administered(UUID orgId);

    /**
     * The org if the caller speaks for it: an admin above or at it, or its (branch's) secretary or deputy secretary;
     * 404 when they cannot see it, 403 when they only see it.
     */
    ReachedOrg led(UUID orgId);

    /**
     * The org if the caller keeps its records: an admin above or at it, or its (branch's) secretary, deputy
     * secretary or recorder; 404 when they cannot see it, 403 when they only see it.
     */
    ReachedOrg recorded(UUID orgId);

    /**
     * The org if the caller approves for a committee above it (an admin or reviewer strictly above: the parent's
     * say on a branch's request); 404 when they cannot see it, 403 when they only see it.
     */
    ReachedOrg approvedAbove(UUID orgId);

    /**
     * The org if the caller reviews for it: an admin or reviewer at it or above (spot checks);
     * 404 when they cannot see it, 403 when they only see it.
     */
    ReachedOrg reviewed(UUID orgId);

    /**
     * The org if the caller watches over its records (监督): its supervisor or secretaries, or an admin or reviewer at
     * or above it; 404 when they cannot see it, 403 when they only see it.
     */
    ReachedOrg supervised(UUID orgId);

    /** Whether the caller keeps the org's records (see {@link #recorded}). */
    boolean canRecord(UUID orgId);

    /** Whether any of the caller's roles reaches the org. */
    boolean canRead(UUID orgId);

    /** Whether the caller administers the org. */
    boolean canAdminister(UUID orgId);

    /** Whether any of the caller's roles is at the org or below it (so that what the org decides applies to them). */
    boolean reachesWithin(UUID orgId);
}
