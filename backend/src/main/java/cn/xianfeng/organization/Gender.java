package cn.xianfeng.organization;

public enum Gender {
    MALE,
    FEMALE
}
