package cn.xianfeng.identity;

/** Roles held at an org node; each reaches the node's whole subtree (domain.md §1). */
public enum Role {
    /** 党委管理员. */
    COMMITTEE_ADMIN,
    /** 审核员 of an upper committee. */
    REVIEWER,
    /** 书记. */
    SECRETARY,
    /** 副书记. */
    DEPUTY_SECRETARY,
    /** 记分员, by default the 组织委员. */
    RECORDER,
    /** 监督员, by default the 纪检委员. */
    SUPERVISOR,
    /** 党小组长. */
    GROUP_LEADER
}
