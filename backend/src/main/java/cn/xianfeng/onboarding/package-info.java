/**
 * Self-onboarding: an institution signs itself up, creating its tenant, the root of its org tree and its
 * first committee admin in one transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Onboarding")
package cn.xianfeng.onboarding;
