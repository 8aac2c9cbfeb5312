package cn.xianfeng.organization;

import java.util.Set;

/** Org node types and what may stand under each (domain.md §1). */
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

    public boolean allowsChild(OrgType child) {
        return allowedChildren().contains(child);
    }

    public Set<OrgType> allowedChildren() {
        return switch (this) {
            case COMMITTEE -> Set.of(COMMITTEE, GENERAL_BRANCH, BRANCH);
            case GENERAL_BRANCH -> Set.of(BRANCH);
            case BRANCH -> Set.of(GROUP);
            case GROUP -> Set.of();
        };
    }
}
