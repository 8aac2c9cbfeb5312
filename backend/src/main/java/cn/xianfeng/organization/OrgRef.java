package cn.xianfeng.organization;

import java.util.UUID;

/** An org node as other modules and the API show it. */
public record OrgRef(UUID id, String name, OrgType type) {
}
