package cn.xianfeng.schemes;

/** The kinds of branch activity whose attendance a scheme scores (三会一课, 主题党日, 组织生活会…). */
public enum ActivityKind {
    /** 支部党员大会. */
    BRANCH_MEETING,
    /** 支委会. */
    COMMITTEE_MEETING,
    /** 党小组会. */
    GROUP_MEETING,
    /** 党课. */
    PARTY_LECTURE,
    /** 主题党日. */
    THEME_DAY,
    /** 组织生活会、民主生活会. */
    LIFE_MEETING,
    /** 集中学习. */
    STUDY,
    /** 志愿服务. */
    VOLUNTEER,
    /** 其他. */
    OTHER
}
