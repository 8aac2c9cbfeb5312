package cn.xianfeng.schemes;

import java.util.Optional;
import java.util.UUID;

/**
 * Published schemes for the other modules. It checks no reach: callers have already settled that the caller
 * may act on the org or member concerned.
 */
public interface SchemeCatalog {

    /** The published version that applies to the org (by path) for the year: its own, or the nearest above. */
    Optional<AppliedScheme> applyingTo(String orgPath, int year);

    /** A version by id (published or retired), as it was published. */
    Optional<AppliedScheme> version(UUID versionId);
}
