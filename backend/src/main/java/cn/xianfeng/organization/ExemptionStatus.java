package cn.xianfeng.organization;

/**
 * Where an exemption application stands. The flow (seed 000): branch committee review → member meeting
 * approval → publicity without objection → (optionally, seed 001) the upper committee's approval.
 */
public enum ExemptionStatus {
    AWAITING_COMMITTEE_REVIEW,
    AWAITING_MEETING_APPROVAL,
    AWAITING_PUBLICITY,
    IN_PUBLICITY,
    AWAITING_UPPER_APPROVAL,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    public boolean isOpen() {
        return this != APPROVED && this != REJECTED && this != WITHDRAWN;
    }
}
