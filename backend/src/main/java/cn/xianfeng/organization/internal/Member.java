package cn.xianfeng.organization.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.TenantId;

import cn.xianfeng.organization.Gender;
import cn.xianfeng.organization.MemberSnapshot;
import cn.xianfeng.organization.MemberStatus;
import cn.xianfeng.organization.PostType;

/** A Party member (or activist). Belongs to exactly one branch, optionally one of its groups. */
@Entity
@Table(name = "members")
class Member {

    @TenantId
    @Column(name = "tenant_id", updatable = false)
    private UUID tenantId;

    @Id
    private UUID id;

    private String name;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    private MemberStatus status;

    @Enumerated(EnumType.STRING)
    private PostType postType;

    private boolean leaderCadre;

    private LocalDate joinedOn;

    private UUID branchId;

    private UUID groupId;

    private String mobile;

    private String email;

    /** The account this member signs in with, once they have one (e.g. when given a role). */
    private UUID userId;

    @CreationTimestamp
    @Column(updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Member() {
    }

    Member(UUID id, MemberRequests.Details details, UUID branchId, UUID groupId) {
        this.id = id;
        this.branchId = branchId;
        this.groupId = groupId;
        describe(details);
    }

    void describe(MemberRequests.Details details) {
        this.name = details.name();
        this.gender = details.gender();
        this.status = details.status();
        this.postType = details.postType();
        this.leaderCadre = details.leaderCadre();
        this.joinedOn = details.joinedOn();
        this.mobile = details.mobile();
        this.email = details.email();
    }

    void placeIn(UUID branchId, UUID groupId) {
        this.branchId = branchId;
        this.groupId = groupId;
    }

    UUID userId() {
        return userId;
    }

    void linkAccount(UUID userId) {
        this.userId = userId;
    }

    String name() {
        return name;
    }

    String mobile() {
        return mobile;
    }

    String email() {
        return email;
    }

    UUID id() {
        return id;
    }

    UUID branchId() {
        return branchId;
    }

    UUID groupId() {
        return groupId;
    }

    long version() {
        return version;
    }

    MemberSnapshot snapshot() {
        return new MemberSnapshot(id, name, gender, status, postType, leaderCadre, joinedOn, branchId, groupId, mobile, email);
    }
}
