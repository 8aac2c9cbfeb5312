package cn.xianfeng.organization;

/** A member's standing in the Party (domain.md §1). */
public enum MemberStatus {
    /** 正式党员. */
    FULL,
    /** 预备党员: scored, and graded unless the scheme says otherwise. */
    PROBATIONARY,
    /** 入党积极分子: scored for observation, never graded, never in a quota. */
    ACTIVIST;

    /** Whether the member has joined the Party, and so has a joining date. */
    public boolean hasJoined() {
        return this != ACTIVIST;
    }
}
