package cn.xianfeng.scoring;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An alert was raised for a member (or, without one, for the branch), for notifications to pick up. */
public record AlertRaised(UUID alertId, UUID branchId, @Nullable UUID memberId, String month, String kind) {
}
