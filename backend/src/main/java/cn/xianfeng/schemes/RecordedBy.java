package cn.xianfeng.schemes;

/** Who may put an entry of an item on the ledger (domain.md §3). */
public enum RecordedBy {
    /** The member declares it (with the recorder's review). */
    MEMBER,
    /** Only the recorder or secretary records it (deductions, dues, vetoes). */
    RECORDER,
    /** Written from activity attendance. */
    SYSTEM
}
