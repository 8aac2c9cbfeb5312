package cn.xianfeng.scoring.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.xianfeng.web.Downloads;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Declarations")
@Validated
@RestController
@RequestMapping("/api/v1")
class DeclarationController {

    private final Declarations declarations;
    private final DeclarationQueries queries;
    private final EvidenceFiles evidence;

    DeclarationController(Declarations declarations, DeclarationQueries queries, EvidenceFiles evidence) {
        this.declarations = declarations;
        this.queries = queries;
        this.evidence = evidence;
    }

    @Operation(summary = "Upload an evidence file (an image or a PDF, recognised by its content; at most 10 MB)")
    @ApiResponse(responseCode = "201", description = "Stored", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "Empty, too large, or not an image or PDF")
    @PostMapping(value = "/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvidenceFiles.EvidenceView> upload(@RequestPart("file") MultipartFile file) {
        EvidenceFiles.EvidenceView stored = evidence.upload(file);
        return ResponseEntity.created(URI.create("/api/v1/evidence/" + stored.id())).body(stored);
    }

    @Operation(summary = "An evidence file, for its uploader and for those who reach the branch of a declaration citing it")
    @ApiResponse(responseCode = "200", description = "The file")
    @ApiResponse(responseCode = "404", description = "No such file within the caller's reach")
    @GetMapping("/evidence/{id}")
    ResponseEntity<byte[]> evidence(@PathVariable UUID id) {
        EvidenceFiles.Download file = evidence.download(id);
        return Downloads.uploaded(file.content(), file.fileName(), MediaType.parseMediaType(file.mediaType()));
    }

    @Operation(summary = "Declare an activity for a month (the signed-in member); honours Idempotency-Key")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "Invalid input, field by field: unknown item, a future date, the window closed…")
    @ApiResponse(responseCode = "403", description = "The caller is not a member of this tenant")
    @PostMapping("/me/declarations")
    // Month-end brings every member at once: the declaration and the answer share one transaction.
    @Transactional
    ResponseEntity<DeclarationQueries.DeclarationView> declare(@Valid @RequestBody DeclarationRequests.Declare request) {
        Declarations.Declared declared = declarations.declare(request);
        return ResponseEntity.created(URI.create("/api/v1/declarations/" + declared.row().id())).body(queries.view(declared));
    }

    @Operation(summary = "The signed-in member's declarations of a year")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller is not a member of this tenant")
    @GetMapping("/me/declarations")
    List<DeclarationQueries.DeclarationView> mine(@RequestParam @Min(2000) @Max(2100) int year) {
        return queries.mine(year);
    }

    @Operation(summary = "Change a draft or returned declaration (and submit it with submit=true)")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "Invalid input, field by field")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's declarations")
    @ApiResponse(responseCode = "409", description = "Stale version, or it is no longer a draft or returned")
    @PutMapping("/me/declarations/{id}")
    DeclarationQueries.DeclarationView revise(@PathVariable UUID id, @Valid @RequestBody DeclarationRequests.Revise request) {
        declarations.revise(id, request);
        return queries.one(id);
    }

    @Operation(summary = "Submit a draft or returned declaration for review")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "The window closed, or evidence is required")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's declarations")
    @ApiResponse(responseCode = "409", description = "Stale version, or it is no longer a draft or returned")
    @PostMapping("/me/declarations/{id}/submit")
    DeclarationQueries.DeclarationView submit(@PathVariable UUID id, @Valid @RequestBody DeclarationRequests.Submit request) {
        declarations.submit(id, request.version());
        return queries.one(id);
    }

    @Operation(summary = "Declarations under an org (a member's drafts are theirs alone): by status and month YYYY-MM")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "The org is not within the caller's reach")
    @GetMapping("/declarations")
    DeclarationQueries.DeclarationPage search(@RequestParam UUID orgId,
            @RequestParam(required = false) @Nullable @Pattern(regexp = "SUBMITTED|APPROVED|ADJUSTED|REJECTED|RETURNED",
                    message = "{declaration.status.unknown}") String status,
            @RequestParam(required = false) @Nullable @Pattern(regexp = Formats.MONTH, message = "{entry.month.format}") String month,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        LocalDate first = month == null ? null : YearMonth.parse(month).atDay(1);
        return queries.search(orgId, status, first, page, size);
    }

    @Operation(summary = "One declaration, for its member and for those who reach its branch")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such declaration within the caller's reach")
    @GetMapping("/declarations/{id}")
    DeclarationQueries.DeclarationView one(@PathVariable UUID id) {
        return queries.one(id);
    }

    @Operation(summary = "Approve, adjust (new values or points, with a reason), reject or return a submitted declaration")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "Invalid input, e.g. a rejection without a reason")
    @ApiResponse(responseCode = "403", description = "The caller does not keep the branch's records, or it is their own")
    @ApiResponse(responseCode = "404", description = "No such declaration within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Someone else decided first (stale version), or it is not awaiting review")
    @PostMapping("/declarations/{id}/review")
    DeclarationQueries.DeclarationView review(@PathVariable UUID id, @Valid @RequestBody DeclarationRequests.Review request) {
        declarations.review(id, request);
        return queries.one(id);
    }
}
