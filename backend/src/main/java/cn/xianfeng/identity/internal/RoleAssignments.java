package cn.xianfeng.identity.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoleAssignments extends JpaRepository<RoleAssignment, UUID> {

    List<RoleAssignment> findByOrgIdOrderByRole(UUID orgId);

    /** The user's assignments in the current tenant. */
    List<RoleAssignment> findByUserIdOrderByRole(UUID userId);

    /**
     * The tenants in which the user holds a role. Native on purpose: it crosses tenants, which the
     * {@code @TenantId} filter would forbid; row-level security still limits it to the acting user's own rows.
     */
    @Query(value = "select distinct tenant_id from role_assignments where user_id = :userId", nativeQuery = true)
    List<UUID> findTenantIdsOfUser(UUID userId);
}
