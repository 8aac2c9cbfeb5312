package cn.xianfeng.organization;

/** An org the caller reaches, with its place in the tree. */
public record ReachedOrg(OrgRef org, String path, boolean root, boolean closed) {
}
