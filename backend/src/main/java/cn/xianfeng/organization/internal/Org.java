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

import cn.xianfeng.organization.OrgRef;
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

    private Org(UUID id, UUID parentId, OrgType type, String name, String path) {
        this.id = id;
        this.parentId = parentId;
        this.type = type;
        this.name = name;
        this.path = path;
    }

    public static Org root(UUID id, OrgType type, String name) {
        return new Org(id, null, type, name, label(id));
    }

    static String label(UUID id) {
        return id.toString().replace("-", "");
    }

    public OrgRef toRef() {
        return new OrgRef(id, name, type);
    }
}
