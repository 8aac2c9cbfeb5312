package cn.xianfeng.organization;

/** What kind of post a member holds, which decides the items they are scored on (domain.md §1). */
public enum PostType {
    /** 在职. */
    IN_OFFICE,
    /** 无职党员 (设岗定责). */
    NON_POST,
    /** 流动党员. */
    FLOATING,
    /** 离退休. */
    RETIRED
}
