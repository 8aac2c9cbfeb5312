package cn.xianfeng.audit;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An event that leaves an entry in the audit log. */
public interface Auditable {

    /** What happened, e.g. {@code ORG_MOVED}. */
    String action();

    /** What kind of thing changed, e.g. {@code ORG}. */
    String entityType();

    UUID entityId();

    /** Where in the org tree the change happened; the audit log is read by subtree. */
    @Nullable
    String orgPath();

    /** The state before the change (null for a creation); serialised as JSON. */
    @Nullable
    Object before();

    /** The state after the change; serialised as JSON. */
    @Nullable
    Object after();
}
