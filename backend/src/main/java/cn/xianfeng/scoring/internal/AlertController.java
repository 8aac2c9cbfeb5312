package cn.xianfeng.scoring.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Alerts")
@Validated
@RestController
@RequestMapping("/api/v1/alerts")
class AlertController {

    private final Alerts alerts;

    AlertController(Alerts alerts) {
        this.alerts = alerts;
    }

    record Note(@NotBlank(message = "{alert.note.required}") @Size(max = 1000, message = "{entry.reason.too-long}") String text) {
    }

    record Close(@NotNull(message = "{org.version.required}") Long version,
            @Nullable @Size(max = 1000, message = "{entry.reason.too-long}") String note) {
    }

    @Operation(summary = "The alerts under an org (below passing 1/2/3 months running, zero months, the branch's share below passing)")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "The org is not within the caller's reach")
    @GetMapping
    List<Alerts.AlertView> alerts(@RequestParam UUID orgId,
            @RequestParam(required = false) @Nullable @Pattern(regexp = "OPEN|CLOSED", message = "{declaration.status.unknown}") String status) {
        return alerts.under(orgId, status);
    }

    @Operation(summary = "Add a follow-up note to an alert (the branch's secretaries, or an admin above)")
    @ApiResponse(responseCode = "204", description = "Noted")
    @ApiResponse(responseCode = "403", description = "The caller does not lead the branch")
    @ApiResponse(responseCode = "404", description = "No such alert within the caller's reach")
    @PostMapping("/{id}/notes")
    ResponseEntity<Void> note(@PathVariable UUID id, @Valid @RequestBody Note request) {
        alerts.note(id, request.text());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Close an alert once followed up")
    @ApiResponse(responseCode = "204", description = "Closed")
    @ApiResponse(responseCode = "403", description = "The caller does not lead the branch")
    @ApiResponse(responseCode = "404", description = "No such alert within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Stale version, or already closed")
    @PostMapping("/{id}/close")
    ResponseEntity<Void> close(@PathVariable UUID id, @Valid @RequestBody Close request) {
        alerts.close(id, request.version(), request.note());
        return ResponseEntity.noContent().build();
    }
}
