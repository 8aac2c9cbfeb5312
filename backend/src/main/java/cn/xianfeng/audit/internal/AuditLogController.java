package cn.xianfeng.audit.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.xianfeng.audit.AuditScope;
import cn.xianfeng.web.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Audit log")
@Validated
@RestController
@RequestMapping("/api/v1/audit-log")
class AuditLogController {

    private final AuditLog auditLog;
    private final AuditScope scope;

    AuditLogController(AuditLog auditLog, AuditScope scope) {
        this.auditLog = auditLog;
        this.scope = scope;
    }

    @Operation(summary = "Audit entries of the subtrees the caller administers, newest first; optionally under one org")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "The org does not exist or is outside the caller's administration")
    @GetMapping
    AuditLog.AuditLogPage search(@RequestParam(required = false) @Nullable UUID orgId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        List<String> paths = orgId == null
                ? scope.readablePaths()
                : List.of(scope.readablePathOf(orgId).orElseThrow(() -> new NotFoundException("org.not-found")));
        if (paths.isEmpty()) {
            return new AuditLog.AuditLogPage(List.of(), page, size, 0);
        }
        return auditLog.search(paths, page, size);
    }
}
