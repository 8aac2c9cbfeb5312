package cn.xianfeng.organization;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Members for other modules, always within the current tenant and the caller's reach. */
public interface MemberDirectory {

    /** The signed-in user's own member record in the current tenant, if they are a member here. */
    Optional<MemberProfile> self();

    /** A member the caller reaches (any role over their branch, or the member themselves); 404 otherwise. */
    MemberProfile readable(UUID memberId);

    /**
     * The months of the year an approved exemption (不参加积分管理) touches: the member is not scored for them, so a
     * part month is not held against them either.
     */
    Set<YearMonth> exemptMonths(UUID memberId, int year);

    /** {@link #exemptMonths(UUID, int)} for several members at once, by member (none for a member without). */
    Map<UUID, Set<YearMonth>> exemptMonths(Collection<UUID> memberIds, int year);

    /** The members of the signed-in member's own branch (what its publicity shows them); empty for a non-member. */
    List<MemberProfile> branchmates();

    /** The members of a branch, by name; the caller must reach the branch (404 otherwise). */
    List<MemberProfile> ofBranch(UUID branchId);
}
