package cn.xianfeng.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A branch's declaration window for a month closes soon: its members who sign in (and are not exempt that month)
 * are to be reminded, once.
 */
public record DeclarationWindowClosing(UUID branchId, String month, LocalDate deadline, List<UUID> userIds) {
}
