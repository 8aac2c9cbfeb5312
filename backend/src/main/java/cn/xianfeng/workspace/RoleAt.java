package cn.xianfeng.workspace;

import cn.xianfeng.identity.Role;

import cn.xianfeng.organization.OrgRef;

/** A role and the org node it is held at. */
public record RoleAt(Role role, OrgRef org) {
}
