package cn.xianfeng.notification.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.web.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Notifications")
@RestController
@RequestMapping("/api/v1/me/notifications")
class NotificationController {

    private final JdbcClient jdbc;

    NotificationController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NotificationView(UUID id, String kind, String title, String body, @Schema(types = {"string", "null"}) @Nullable String link,
            OffsetDateTime createdAt, @Schema(types = {"string", "null"}, format = "date-time") @Nullable OffsetDateTime readAt) {
    }

    @Operation(summary = "The signed-in person's latest notifications in this tenant, newest first")
    @ApiResponse(responseCode = "200", description = "OK")
    @GetMapping
    @Transactional(readOnly = true)
    List<NotificationView> mine() {
        if (TenantContext.tenantId().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, kind, title, body, link, created_at, read_at from notifications
                where tenant_id = ? and user_id = ? order by created_at desc limit 100""")
            .params(TenantContext.tenantId().get(), TenantContext.userId().orElseThrow())
            .query((rs, row) -> new NotificationView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class)))
            .list();
    }

    @Operation(summary = "Mark one of one's notifications read")
    @ApiResponse(responseCode = "204", description = "Read")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's notifications")
    @PostMapping("/{id}/read")
    @Transactional
    ResponseEntity<Void> read(@PathVariable UUID id) {
        int updated = TenantContext.tenantId().map(tenant -> jdbc.sql("""
                update notifications set read_at = coalesce(read_at, now()) where tenant_id = ? and id = ? and user_id = ?""")
            .params(tenant, id, TenantContext.userId().orElseThrow()).update()).orElse(0);
        if (updated == 0) {
            throw new NotFoundException("notification.not-found");
        }
        return ResponseEntity.noContent().build();
    }
}
