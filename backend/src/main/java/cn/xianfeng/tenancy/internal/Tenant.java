package cn.xianfeng.tenancy.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;

import cn.xianfeng.tenancy.TenantInfo;

@Entity
@Table(name = "tenants")
public class Tenant {

    @Id
    private UUID id;

    private String name;

    @CreationTimestamp
    @Column(updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(UUID id, String name) {
        this.id = id;
        this.name = name;
    }

    public TenantInfo toInfo() {
        return new TenantInfo(id, name, createdAt);
    }
}
