package cn.xianfeng.organization.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface Orgs extends JpaRepository<Org, UUID> {

    Optional<Org> findByParentIdIsNull();

    Optional<Org> findByCode(String code);

    /** The open nodes strictly below the path. */
    @Query(value = """
            select * from orgs where tenant_id = :tenantId and path <@ cast(:path as ltree)
            and path <> cast(:path as ltree) and closed_at is null""", nativeQuery = true)
    List<Org> findOpenUnder(UUID tenantId, String path);

    /** The open branches and groups at or below any of the paths. */
    @Query(value = """
            select * from orgs where tenant_id = :tenantId and path <@ cast(:paths as ltree[])
            and type in ('BRANCH', 'GROUP') and closed_at is null""", nativeQuery = true)
    List<Org> findOpenBranchesAndGroupsUnder(UUID tenantId, String[] paths);

    /**
     * Re-roots the subtree at {@code oldPath} to {@code newPath} and re-parents its top node, bumping versions.
     * Native because JPQL has no ltree; the tenant comes from the row-level security setting of the transaction.
     */
    @Modifying
    @Query(value = """
            update orgs set
                path = case when path = cast(:oldPath as ltree) then cast(:newPath as ltree)
                            else cast(:newPath as ltree) || subpath(path, nlevel(cast(:oldPath as ltree))) end,
                parent_id = case when id = :id then :newParentId else parent_id end,
                version = version + 1
            where tenant_id = app_tenant_id() and path <@ cast(:oldPath as ltree)""", nativeQuery = true)
    int moveSubtree(String oldPath, String newPath, UUID newParentId, UUID id);
}
