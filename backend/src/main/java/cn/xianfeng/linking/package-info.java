/**
 * Linking tenants: an institution's root hangs under a node of its upper committee's tenant, by invitation
 * code and the upper side's acceptance. The upper side then sees the lower tree's shape and member counts,
 * never personal data (domain.md §1, §6).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenant links")
package cn.xianfeng.linking;
