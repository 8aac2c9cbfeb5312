package cn.xianfeng.schemes.internal;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import cn.xianfeng.web.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import tools.jackson.databind.json.JsonMapper;

@Tag(name = "Scoring schemes")
@Validated
@RestController
@RequestMapping("/api/v1")
class SchemeLibraryController {

    private final SchemeLibrary library;
    private final SchemeDiff diff;
    private final ReferenceTable reference;
    private final JsonMapper json;

    SchemeLibraryController(SchemeLibrary library, SchemeDiff diff, ReferenceTable reference, JsonMapper json) {
        this.library = library;
        this.diff = diff;
        this.reference = reference;
        this.json = json;
    }

    @Operation(summary = "An org's own schemes and, for a year, the scheme that applies to it (its own or the nearest above)")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "The org is not within the caller's reach")
    @GetMapping("/orgs/{orgId}/schemes")
    OrgSchemesView ofOrg(@PathVariable UUID orgId,
            @RequestParam(required = false) @Nullable @Min(2000) @Max(2100) Integer year) {
        SchemeLibrary.OrgSchemes schemes = library.ofOrg(orgId, year);
        return new OrgSchemesView(schemes.own().stream().map(this::view).toList(),
                schemes.applying() == null ? null : view(schemes.applying()));
    }

    @Operation(summary = "Create an org's scheme for a year from a preset, a document, or a parent's published version (derive)")
    @ApiResponse(responseCode = "201", description = "Created with a draft version 1", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "Not exactly one source, or the document breaks a rule (each problem at its path)")
    @ApiResponse(responseCode = "403", description = "The caller does not administer the org")
    @ApiResponse(responseCode = "404", description = "The org, or the parent version, is not within reach")
    @ApiResponse(responseCode = "409", description = "The org already has a scheme for that year")
    @PostMapping("/orgs/{orgId}/schemes")
    ResponseEntity<SchemeView> create(@PathVariable UUID orgId, @Valid @RequestBody SchemeRequests.CreateScheme request) {
        UUID id = library.create(orgId, request);
        return ResponseEntity.created(URI.create("/api/v1/schemes/" + id)).body(view(library.readable(id)));
    }

    @Operation(summary = "Import a scheme document (JSON, as exported) as a new scheme of the org for a year, in draft")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "Unreadable file, or each problem of the document at its path")
    @ApiResponse(responseCode = "403", description = "The caller does not administer the org")
    @ApiResponse(responseCode = "404", description = "The org is not within the caller's reach")
    @ApiResponse(responseCode = "409", description = "The org already has a scheme for that year")
    @PostMapping(value = "/orgs/{orgId}/schemes/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<SchemeView> importScheme(@PathVariable UUID orgId, @RequestParam @Min(2000) @Max(2100) int year,
            @RequestPart("file") MultipartFile file) {
        UUID id = library.importDocument(orgId, year, file);
        return ResponseEntity.created(URI.create("/api/v1/schemes/" + id)).body(view(library.readable(id)));
    }

    @Operation(summary = "One scheme with its versions")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such scheme within the caller's reach")
    @GetMapping("/schemes/{id}")
    SchemeView scheme(@PathVariable UUID id) {
        return view(library.readable(id));
    }

    @Operation(summary = "One version's document")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such scheme or version within the caller's reach")
    @GetMapping("/schemes/{id}/versions/{number}")
    VersionView version(@PathVariable UUID id, @PathVariable int number) {
        SchemeLibrary.VersionRow version = versionOf(id, number);
        return new VersionView(version.number(), version.status(), version.publishedAt(), library.document(version.id()));
    }

    @Operation(summary = "Export one version's document as a JSON file (the import format)")
    @ApiResponse(responseCode = "200", description = "The document", content = @Content(mediaType = "application/json",
            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No such scheme or version within the caller's reach")
    @GetMapping("/schemes/{id}/versions/{number}/export")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @PathVariable int number) {
        SchemeLibrary.VersionRow version = versionOf(id, number);
        SchemeDocument document = library.document(version.id());
        return Downloads.attachment(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document),
                document.code() + "-v" + number + ".json", MediaType.APPLICATION_JSON);
    }

    @Operation(summary = "One version as the official reference table 党员量化积分制考核参考标准 (xlsx)")
    @ApiResponse(responseCode = "200", description = "The table", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No such scheme or version within the caller's reach")
    @GetMapping("/schemes/{id}/versions/{number}/reference.xlsx")
    ResponseEntity<byte[]> referenceXlsx(@PathVariable UUID id, @PathVariable int number) {
        ReferenceTable.Table table = referenceTable(id, number);
        return Downloads.attachment(reference.xlsx(table), ReferenceTable.TITLE + "-" + table.schemeName() + ".xlsx", Downloads.XLSX);
    }

    @Operation(summary = "One version as the official reference table 党员量化积分制考核参考标准 (PDF, Chinese font embedded)")
    @ApiResponse(responseCode = "200", description = "The table", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No such scheme or version within the caller's reach")
    @GetMapping("/schemes/{id}/versions/{number}/reference.pdf")
    ResponseEntity<byte[]> referencePdf(@PathVariable UUID id, @PathVariable int number) {
        ReferenceTable.Table table = referenceTable(id, number);
        return Downloads.attachment(reference.pdf(table), ReferenceTable.TITLE + "-" + table.schemeName() + ".pdf",
                MediaType.APPLICATION_PDF);
    }

    private ReferenceTable.Table referenceTable(UUID id, int number) {
        SchemeLibrary.Scheme scheme = library.readable(id);
        return reference.of(library.document(versionOf(id, number).id()), scheme.orgName(), scheme.year());
    }

    @Operation(summary = "What changed between two versions (of one scheme, or a parent's and a derived scheme's), element by element")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "A version is not within the caller's reach")
    @GetMapping("/schemes/diff")
    List<SchemeDiff.Change> diff(@RequestParam UUID fromVersionId, @RequestParam UUID toVersionId) {
        return diff.between(library.readableDocument(fromVersionId), library.readableDocument(toVersionId));
    }

    @Operation(summary = "Save the draft (a new version after a published one); a derived scheme stays within its parent's frame")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "Each problem at its path in the body, e.g. document.sections[2].items[0].rule.max")
    @ApiResponse(responseCode = "403", description = "The caller does not administer the scheme's org")
    @ApiResponse(responseCode = "404", description = "No such scheme within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Someone changed the scheme meanwhile")
    @PutMapping("/schemes/{id}/draft")
    SchemeView saveDraft(@PathVariable UUID id, @Valid @RequestBody SchemeRequests.SaveDraft request) {
        library.saveDraft(id, request);
        return view(library.readable(id));
    }

    @Operation(summary = "Check a document as this scheme's draft, without saving it: 204 when it could be saved; otherwise 400 with every "
            + "problem at its path, a derived scheme's frame included")
    @ApiResponse(responseCode = "204", description = "It could be saved")
    @ApiResponse(responseCode = "400", description = "Each problem of the document at its path, e.g. sections[2].items[0].rule.max")
    @ApiResponse(responseCode = "403", description = "The caller does not administer the scheme's org")
    @ApiResponse(responseCode = "404", description = "No such scheme within the caller's reach")
    @PostMapping("/schemes/{id}/validate")
    ResponseEntity<Void> validateDraft(@PathVariable UUID id, @Valid @RequestBody SchemeDocument document) {
        library.checkDraft(id, document);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Publish the draft; the previously published version retires")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller does not administer the scheme's org")
    @ApiResponse(responseCode = "404", description = "No such scheme or version within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Not a draft, or someone changed the scheme meanwhile")
    @PostMapping("/schemes/{id}/versions/{number}/publish")
    SchemeView publish(@PathVariable UUID id, @PathVariable int number, @Valid @RequestBody SchemeRequests.Publish request) {
        library.publish(id, number, request.lock());
        return view(library.readable(id));
    }

    private SchemeLibrary.VersionRow versionOf(UUID id, int number) {
        library.readable(id);
        return library.versions(id).stream().filter(version -> version.number() == number).findFirst()
            .orElseThrow(() -> new NotFoundException("scheme.version.not-found"));
    }

    private SchemeView view(SchemeLibrary.Scheme scheme) {
        return new SchemeView(scheme.id(), scheme.orgId(), scheme.orgName(), scheme.year(), scheme.code(), scheme.name(),
                scheme.derivedFromVersionId(), scheme.lock(), library.versions(scheme.id()).stream()
                    .map(version -> new VersionSummary(version.id(), version.number(), version.status(), version.publishedAt()))
                    .toList());
    }

    record SchemeView(UUID id, UUID orgId, String orgName, int year, String code, String name,
            @Schema(types = {"string", "null"}, format = "uuid") @Nullable UUID derivedFromVersionId,
            long lock, List<VersionSummary> versions) {
    }

    record VersionSummary(UUID id, int number,
            @Schema(allowableValues = {"DRAFT", "PUBLISHED", "RETIRED"}) String status,
            @Schema(types = {"string", "null"}, format = "date-time") @Nullable OffsetDateTime publishedAt) {
    }

    record VersionView(int number, @Schema(allowableValues = {"DRAFT", "PUBLISHED", "RETIRED"}) String status,
            @Schema(types = {"string", "null"}, format = "date-time") @Nullable OffsetDateTime publishedAt,
            SchemeDocument document) {
    }

    record OrgSchemesView(List<SchemeView> own,
            @Schema(description = "The scheme that applies to the org for the year asked, if any") @Nullable SchemeView applying) {
    }
}
