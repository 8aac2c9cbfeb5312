package cn.xianfeng.identity.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.TenantId;

import cn.xianfeng.identity.Role;
import cn.xianfeng.identity.RoleAssignmentView;

@Entity
@Table(name = "role_assignments")
public class RoleAssignment {

    @TenantId
    @Column(name = "tenant_id", updatable = false)
    private UUID tenantId;

    @Id
    private UUID id;

    private UUID userId;

    private UUID orgId;

    @Enumerated(EnumType.STRING)
    private Role role;

    @CreationTimestamp
    @Column(updatable = false)
    private OffsetDateTime createdAt;

    protected RoleAssignment() {
    }

    public RoleAssignment(UUID id, UUID userId, UUID orgId, Role role) {
        this.id = id;
        this.userId = userId;
        this.orgId = orgId;
        this.role = role;
    }

    public RoleAssignmentView toView() {
        return new RoleAssignmentView(id, userId, orgId, role);
    }
}
