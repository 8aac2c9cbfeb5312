package cn.xianfeng.scoring.internal;

import java.net.URI;
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

/** The supervisor's flags on doubtful ledger entries (初评中监督员标记存疑), and their resolution by the branch. */
@Tag(name = "Ledger")
@Validated
@RestController
@RequestMapping("/api/v1")
class EntryFlagController {

    private final EntryFlags flags;

    EntryFlagController(EntryFlags flags) {
        this.flags = flags;
    }

    record FlagNote(@NotBlank(message = "{flag.note.required}") @Size(max = 1000, message = "{entry.reason.too-long}") String note) {
    }

    record Resolve(@NotNull(message = "{org.version.required}") Long version,
            @NotBlank(message = "{flag.resolution.required}") @Size(max = 1000, message = "{entry.reason.too-long}") String resolution) {
    }

    @Operation(summary = "Flag a ledger entry as doubtful, with a note (the branch's supervisor or secretaries, an admin or reviewer above)")
    @ApiResponse(responseCode = "201", description = "Flagged", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "Invalid input, field by field")
    @ApiResponse(responseCode = "403", description = "The caller does not watch over the branch's records")
    @ApiResponse(responseCode = "404", description = "No such entry within the caller's reach")
    @ApiResponse(responseCode = "409", description = "The entry is flagged already")
    @PostMapping("/ledger-entries/{id}/flags")
    ResponseEntity<EntryFlags.Flag> raise(@PathVariable UUID id, @Valid @RequestBody FlagNote request) {
        UUID flag = flags.raise(id, request.note());
        return ResponseEntity.created(URI.create("/api/v1/entry-flags/" + flag)).body(flags.readable(flag));
    }

    @Operation(summary = "The flags on entries under an org, open ones first")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "The org is not within the caller's reach")
    @GetMapping("/entry-flags")
    List<EntryFlags.Flag> under(@RequestParam UUID orgId,
            @RequestParam(required = false) @Nullable @Pattern(regexp = "OPEN|RESOLVED", message = "{flag.status}") String status) {
        return flags.under(orgId, status);
    }

    @Operation(summary = "Resolve a flag (the branch's record keepers), saying what was done")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "Invalid input, field by field")
    @ApiResponse(responseCode = "403", description = "The caller does not keep the branch's records")
    @ApiResponse(responseCode = "404", description = "No such flag within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Resolved already, or a stale version")
    @PostMapping("/entry-flags/{id}/resolve")
    EntryFlags.Flag resolve(@PathVariable UUID id, @Valid @RequestBody Resolve request) {
        flags.resolve(id, request.version(), request.resolution());
        return flags.readable(id);
    }
}
