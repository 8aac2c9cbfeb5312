package cn.xianfeng.organization;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An exemption at one moment, as the audit log keeps it. */
public record ExemptionSnapshot(UUID id, UUID memberId, UUID branchId, ExemptionReason reason, @Nullable String details,
        LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, boolean upperApprovalRequired, ExemptionStatus status,
        @Nullable LocalDate publicityFrom, @Nullable LocalDate publicityTo) {
}
