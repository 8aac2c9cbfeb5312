package cn.xianfeng.tenancy;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A tenant as other modules see it. */
public record TenantInfo(UUID id, String name, OffsetDateTime createdAt) {
}
