package cn.xianfeng.organization.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.TenantId;

import cn.xianfeng.organization.BranchDomain;
import cn.xianfeng.organization.OrgRef;
import cn.xianfeng.organization.OrgSnapshot;
import cn.xianfeng.organization.OrgType;

/**
 * An org node. The table's key is {@code (tenant_id, id)}; the id alone is a UUID and unique, so JPA maps it
 * as the identifier while {@code @TenantId} scopes every query to the current tenant.
 */
@Entity
@Table(name = "orgs")
public class Org {

    @TenantId
    @Column(name = "tenant_id", updatable = false)
    private UUID tenantId;

    @Id
    private UUID id;

    private UUID parentId;

    @Enumerated(EnumType.STRING)
    private OrgType type;

    private String name;

    private String code;

    @Enumerated(EnumType.STRING)
    private BranchDomain domain;

    private int sortOrder;

    private OffsetDateTime closedAt;

    /** Labels are the ids of the ancestors and the node itself, without hyphens (ltree labels are [A-Za-z0-9_]). */
    @Column(columnDefinition = "ltree")
    @ColumnTransformer(write = "?::ltree")
    private String path;

    @CreationTimestamp
    @Column(updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Org() {
    }

    private Org(UUID id, Org parent, OrgType type, String name) {
        this.id = id;
        this.parentId = parent == null ? null : parent.id;
        this.type = type;
        this.name = name;
        this.path = parent == null ? label(id) : childPath(parent.path, id);
    }

    public static Org root(UUID id, OrgType type, String name) {
        return new Org(id, null, type, name);
    }

    static Org childOf(Org parent, UUID id, OrgType type, String name) {
        return new Org(id, parent, type, name);
    }

    private static String label(UUID id) {
        return id.toString().replace("-", "");
    }

    /** The path of a node {@code id} directly under the node at {@code parentPath}. */
    static String childPath(String parentPath, UUID id) {
        return parentPath + "." + label(id);
    }

    void describe(String name, String code, BranchDomain domain, int sortOrder) {
        this.name = name;
        this.code = code;
        this.domain = domain;
        this.sortOrder = sortOrder;
    }

    void close(OffsetDateTime at) {
        this.closedAt = at;
    }

    /** Whether {@code other} is this node or one of its descendants. */
    boolean contains(Org other) {
        return other.path.equals(path) || other.path.startsWith(path + ".");
    }

    public UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    UUID parentId() {
        return parentId;
    }

    OrgType type() {
        return type;
    }

    String path() {
        return path;
    }

    long version() {
        return version;
    }

    boolean isClosed() {
        return closedAt != null;
    }

    boolean isRoot() {
        return parentId == null;
    }

    public OrgRef toRef() {
        return new OrgRef(id, name, type);
    }

    public OrgSnapshot snapshot() {
        return new OrgSnapshot(id, parentId, type, name, code, domain, sortOrder, isClosed(), path);
    }
}
