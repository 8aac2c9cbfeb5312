package cn.xianfeng.organization;

/** The domain (领域) of a branch; star-rating criteria and quotas may differ by it (domain.md §1). */
public enum BranchDomain {
    /** 农村. */
    RURAL,
    /** 机关. */
    AGENCY,
    /** 事业单位. */
    PUBLIC_INSTITUTION,
    /** 国有企业. */
    STATE_OWNED_ENTERPRISE,
    /** 非公有制经济组织. */
    NON_PUBLIC_ENTERPRISE,
    /** 社会组织. */
    SOCIAL_ORGANISATION,
    /** 社区. */
    COMMUNITY,
    /** 学校. */
    SCHOOL,
    /** 离退休. */
    RETIRED
}
