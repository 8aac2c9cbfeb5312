package cn.xianfeng.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which parts of the org tree the caller may read the audit log of: the subtrees (as ltree paths) where they
 * administer. Implemented by the module that owns the org tree, so that the audit log depends on nothing.
 */
public interface AuditScope {

    /** The subtrees whose audit log the caller may read; empty if none. */
    List<String> readablePaths();

    /** The path of {@code orgId} if the caller may read its audit log; empty otherwise (answer 404). */
    Optional<String> readablePathOf(UUID orgId);
}
