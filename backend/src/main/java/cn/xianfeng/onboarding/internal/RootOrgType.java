package cn.xianfeng.onboarding.internal;

import cn.xianfeng.organization.OrgType;

/** The org types an institution may be rooted at (domain.md §1: a 党总支 can be a tenant's root). */
enum RootOrgType {
    COMMITTEE(OrgType.COMMITTEE),
    GENERAL_BRANCH(OrgType.GENERAL_BRANCH);

    private final OrgType orgType;

    RootOrgType(OrgType orgType) {
        this.orgType = orgType;
    }

    OrgType orgType() {
        return orgType;
    }
}
