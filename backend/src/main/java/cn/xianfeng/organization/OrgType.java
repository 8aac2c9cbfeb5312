package cn.xianfeng.organization;

/** Org node types (domain.md §1). */
public enum OrgType {
    /** 党委, also 党工委 / 机关工委 / 镇党委 acting as an upper committee. */
    COMMITTEE,
    /** 党总支. */
    GENERAL_BRANCH,
    /** 党支部, including 联合党支部. */
    BRANCH,
    /** 党小组. */
    GROUP;

    /** The types a tenant may be rooted at when it signs up. */
    public boolean canBeTenantRoot() {
        return this == COMMITTEE || this == GENERAL_BRANCH;
    }
}
