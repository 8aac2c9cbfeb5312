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
import org.jspecify.annotations.Nullable;

import cn.xianfeng.organization.ExemptionReason;
import cn.xianfeng.organization.ExemptionSnapshot;
import cn.xianfeng.organization.ExemptionStatus;

/** One member's application not to be scored from one date to another, and how far it has come. */
@Entity
@Table(name = "exemptions")
class Exemption {

    @TenantId
    @Column(name = "tenant_id", updatable = false)
    private UUID tenantId;

    @Id
    private UUID id;

    private UUID memberId;

    private UUID branchId;

    @Enumerated(EnumType.STRING)
    private ExemptionReason reason;

    private String details;

    private LocalDate effectiveFrom;

    private LocalDate effectiveTo;

    private boolean upperApprovalRequired;

    @Enumerated(EnumType.STRING)
    private ExemptionStatus status;

    private LocalDate publicityFrom;

    private LocalDate publicityTo;

    private LocalDate appliedOn;

    private UUID appliedBy;

    @CreationTimestamp
    @Column(updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Exemption() {
    }

    Exemption(UUID memberId, UUID branchId, ExemptionRequests.ApplyForExemption application, @Nullable UUID appliedBy) {
        this.id = UUID.randomUUID();
        this.memberId = memberId;
        this.branchId = branchId;
        this.reason = application.reason();
        this.details = application.details();
        this.effectiveFrom = application.effectiveFrom();
        this.effectiveTo = application.effectiveTo();
        this.upperApprovalRequired = application.upperApprovalRequired();
        this.appliedOn = application.appliedOn();
        this.appliedBy = appliedBy;
        this.status = ExemptionStatus.AWAITING_COMMITTEE_REVIEW;
    }

    /** The outcome of the step the application is waiting for: on to the next one, or rejected. */
    void decide(boolean approved) {
        status = !approved ? ExemptionStatus.REJECTED : switch (status) {
            case AWAITING_COMMITTEE_REVIEW -> ExemptionStatus.AWAITING_MEETING_APPROVAL;
            case AWAITING_MEETING_APPROVAL -> ExemptionStatus.AWAITING_PUBLICITY;
            case IN_PUBLICITY -> upperApprovalRequired ? ExemptionStatus.AWAITING_UPPER_APPROVAL : ExemptionStatus.APPROVED;
            case AWAITING_UPPER_APPROVAL -> ExemptionStatus.APPROVED;
            default -> throw new IllegalStateException("Nothing to decide in " + status);
        };
    }

    void publicise(LocalDate from, LocalDate to) {
        publicityFrom = from;
        publicityTo = to;
        status = ExemptionStatus.IN_PUBLICITY;
    }

    void withdraw() {
        status = ExemptionStatus.WITHDRAWN;
    }

    void endOn(LocalDate lastDay) {
        effectiveTo = lastDay;
    }

    ExemptionSnapshot snapshot() {
        return new ExemptionSnapshot(id, memberId, branchId, reason, details, effectiveFrom, effectiveTo,
                upperApprovalRequired, status, publicityFrom, publicityTo);
    }

    UUID id() {
        return id;
    }

    UUID memberId() {
        return memberId;
    }

    UUID branchId() {
        return branchId;
    }

    ExemptionStatus status() {
        return status;
    }

    LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    @Nullable
    LocalDate effectiveTo() {
        return effectiveTo;
    }

    LocalDate appliedOn() {
        return appliedOn;
    }

    @Nullable
    LocalDate publicityTo() {
        return publicityTo;
    }

    long version() {
        return version;
    }
}
