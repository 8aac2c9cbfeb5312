/**
 * Member scoring, month by month (domain.md §4): evidence, members' declarations and their review, the
 * recorder's entries, the append-only points ledger, and each member's scores explained by the engine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Member scoring")
package cn.xianfeng.scoring;
