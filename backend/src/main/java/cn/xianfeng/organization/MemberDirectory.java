package cn.xianfeng.organization;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Members for other modules, always within the current tenant and the caller's reach. */
public interface MemberDirectory {

    /** The signed-in user's own member record in the current tenant, if they are a member here. */
    Optional<MemberProfile> self();

    /** A member the caller reaches (any role over their branch, or the member themselves); 404 otherwise. */
    MemberProfile readable(UUID memberId);

    /** The members of a branch, by name; the caller must reach the branch (404 otherwise). */
    List<MemberProfile> ofBranch(UUID branchId);
}
