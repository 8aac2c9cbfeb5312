package cn.xianfeng.organization;

/** Why a member is not scored for a while (domain.md §2; seeds 000 and 001). */
public enum ExemptionReason {
    /** Joined the Party, or transferred into the branch, less than six months before the exemption starts. */
    RECENTLY_JOINED,
    /** Elderly, long-term ill or otherwise unable to take part. */
    ELDERLY_OR_ILL,
    /** A floating member absent for a long time. */
    LONG_ABSENT_FLOATING,
    /** Another special case, described in the application. */
    OTHER
}
