/**
 * What the signed-in user arrives at: who they are, the institutions they act in, and their roles there,
 * composed from identity, tenancy and the org tree.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workspace")
package cn.xianfeng.workspace;
