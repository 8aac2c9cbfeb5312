package cn.xianfeng.schemes;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A scheme's alert thresholds (seed 002): the passing score, the runs of months below it, zero months, the branch share. */
public record AlertRules(BigDecimal passingScore, List<Integer> consecutiveMonths, boolean zeroMonth,
        @Nullable BigDecimal branchShareBelowPassing) {
}
