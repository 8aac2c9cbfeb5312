package cn.xianfeng.audit;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** One entry of the audit log. */
public record AuditEntry(UUID id, OffsetDateTime occurredAt,
        @Schema(types = {"string", "null"}, format = "uuid") @Nullable UUID actorId,
        @Schema(types = {"string", "null"}) @Nullable String actorName,
        String action, String entityType, UUID entityId,
        @Schema(types = {"string", "null"}, format = "uuid", description = "The org the change is filed under, to name it by")
        @Nullable UUID orgId,
        @Schema(types = {"object", "null"}, description = "The state before; null for a creation") @Nullable Map<String, Object> before,
        @Schema(types = {"object", "null"}, description = "The state after") @Nullable Map<String, Object> after) {
}
