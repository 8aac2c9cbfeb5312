/**
 * The org tree of a tenant: committee → general branch → branch → group, stored with an {@code ltree} path
 * so that a role at a node reaches its whole subtree.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package cn.xianfeng.organization;
