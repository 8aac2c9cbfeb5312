/**
 * The audit log: who changed what, when, before and after. Modules publish events that implement
 * {@link cn.xianfeng.audit.Auditable}; each is written in the same transaction as the change, so a change
 * and its entry commit or roll back together. Entries are never updated or deleted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package cn.xianfeng.audit;
