package cn.xianfeng.scoring.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.xianfeng.web.InvalidInputException;

/** What goes up the tree: filed summaries (上报备案) and spot checks (随机抽查). */
@Tag(name = "Filings and spot checks")
@Validated
@RestController
@RequestMapping("/api/v1")
class OversightController {

    private final Filings filings;
    private final SpotChecks spotChecks;

    OversightController(Filings filings, SpotChecks spotChecks) {
        this.filings = filings;
        this.spotChecks = spotChecks;
    }

    record File(@NotNull(message = "{activity.branch.required}") UUID branchId,
            @Schema(description = "YYYY-Qn for a quarter, YYYY for the year")
            @NotNull(message = "{filing.period.format}") @Pattern(regexp = Formats.YEAR_OR_QUARTER, message = "{filing.period.format}") String period) {
    }

    record Decide(@NotNull(message = "{org.version.required}") Long version, @NotNull(message = "{period.decision.required}") Boolean accept,
            @Nullable @Size(max = 1000, message = "{entry.reason.too-long}") String comment) {
    }

    record Draw(@NotNull(message = "{spot-check.org.required}") UUID orgId,
            @NotNull(message = "{entry.month.format}") @Pattern(regexp = Formats.MONTH, message = "{entry.month.format}") String from,
            @NotNull(message = "{entry.month.format}") @Pattern(regexp = Formats.MONTH, message = "{entry.month.format}") String to,
            @Nullable @Min(value = 1, message = "{spot-check.count.range}") @Max(value = 1000, message = "{spot-check.count.range}") Integer count,
            @Nullable @DecimalMin(value = "0.1", message = "{spot-check.percent.range}") @DecimalMax(value = "100", message = "{spot-check.percent.range}")
            BigDecimal percent,
            @Schema(description = "To draw again the sample of an earlier check, its seed's decimal digits; absent: a new random seed, "
                    + "recorded", example = "-5894926056938588898")
            @Nullable @Pattern(regexp = "-?\\d{1,19}", message = "{spot-check.seed.format}") String seed) {
    }

    record Verdict(@NotNull(message = "{spot-check.verdict.required}") @Pattern(regexp = "VERIFIED|PROBLEM", message = "{spot-check.verdict.required}")
            @Schema(allowableValues = {"VERIFIED", "PROBLEM"}) String verdict, @Nullable @Size(max = 500, message = "{entry.reason.too-long}") String note) {
    }

    @Operation(summary = "File a branch's quarterly or annual summary to its parent (every month of it finalised)")
    @ApiResponse(responseCode = "201", description = "Filed", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "A month is not finalised yet")
    @ApiResponse(responseCode = "403", description = "The caller does not lead the branch")
    @ApiResponse(responseCode = "404", description = "The branch is not within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Already filed (and not returned)")
    @PostMapping("/filings")
    ResponseEntity<Filings.Row> file(@Valid @RequestBody File request) {
        UUID id = filings.file(request.branchId(), request.period());
        return ResponseEntity.created(URI.create("/api/v1/filings/" + id)).body(filings.readable(id));
    }

    @Operation(summary = "The filings of the branches under an org (the parent's inbox), newest first")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "The org is not within the caller's reach")
    @GetMapping("/filings")
    List<Filings.Row> filings(@RequestParam UUID orgId,
            @RequestParam(required = false) @Nullable @Pattern(regexp = "FILED|ACCEPTED|RETURNED", message = "{declaration.status.unknown}") String status) {
        return filings.under(orgId, status);
    }

    @Operation(summary = "One filing with the summary as filed")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such filing within the caller's reach")
    @GetMapping("/filings/{id}")
    Filings.Row filing(@PathVariable UUID id) {
        return filings.readable(id);
    }

    @Operation(summary = "The parent accepts a filing, or returns it with a comment")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "Returned without a comment")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin or reviewer above the branch")
    @ApiResponse(responseCode = "404", description = "No such filing within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Stale version, or already decided")
    @PostMapping("/filings/{id}/decision")
    Filings.Row decide(@PathVariable UUID id, @Valid @RequestBody Decide request) {
        filings.decide(id, request.version(), request.accept(), request.comment());
        return filings.readable(id);
    }

    /** The seed's digits as the number they are; nineteen digits beyond 64 bits are no seed either. */
    private static @Nullable Long seed(@Nullable String digits) {
        try {
            return digits == null ? null : Long.valueOf(digits);
        } catch (NumberFormatException beyond64Bits) {
            throw new InvalidInputException("seed", "spot-check.seed.format");
        }
    }

    @Operation(summary = "Draw a spot check: a random sample (count or percent) of the entries under an org in a range of months")
    @ApiResponse(responseCode = "201", description = "Drawn, with its seed", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "Invalid input, field by field")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin or reviewer at or above the org")
    @ApiResponse(responseCode = "404", description = "The org is not within the caller's reach")
    @PostMapping("/spot-checks")
    ResponseEntity<SpotChecks.Check> draw(@Valid @RequestBody Draw request) {
        UUID id = spotChecks.draw(request.orgId(), YearMonth.parse(request.from()), YearMonth.parse(request.to()), request.count(),
                request.percent(), seed(request.seed()));
        return ResponseEntity.created(URI.create("/api/v1/spot-checks/" + id)).body(spotChecks.readable(id));
    }

    @Operation(summary = "The spot checks drawn at or under an org, newest first, with how many entries are checked")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "The org is not within the caller's reach")
    @GetMapping("/spot-checks")
    List<SpotChecks.SpotCheckSummary> spotChecks(@RequestParam UUID orgId) {
        return spotChecks.under(orgId);
    }

    @Operation(summary = "A spot check with its sampled entries and their verdicts")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such spot check within the caller's reach")
    @GetMapping("/spot-checks/{id}")
    SpotChecks.Check spotCheck(@PathVariable UUID id) {
        return spotChecks.readable(id);
    }

    @Operation(summary = "Mark a sampled entry verified or a problem, with a note")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin or reviewer at or above the org")
    @ApiResponse(responseCode = "404", description = "No such spot check, or the entry is not in its sample")
    @PostMapping("/spot-checks/{id}/items/{entryId}")
    SpotChecks.Check mark(@PathVariable UUID id, @PathVariable UUID entryId, @Valid @RequestBody Verdict request) {
        spotChecks.mark(id, entryId, request.verdict(), request.note());
        return spotChecks.readable(id);
    }
}
