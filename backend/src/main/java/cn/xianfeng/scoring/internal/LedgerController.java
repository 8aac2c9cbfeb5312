package cn.xianfeng.scoring.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

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

import cn.xianfeng.engine.ScoringEngine;
import cn.xianfeng.organization.MemberDirectory;
import cn.xianfeng.organization.MemberProfile;
import cn.xianfeng.schemes.AppliedScheme;
import cn.xianfeng.schemes.SchemeCatalog;
import cn.xianfeng.schemes.SchemeItem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Points ledger")
@Validated
@RestController
@RequestMapping("/api/v1")
class LedgerController {

    private final RecorderEntries recorder;
    private final Ledger ledger;
    private final MemberScores scores;
    private final MemberDirectory members;
    private final Declarations declarations;
    private final SchemeCatalog catalog;
    private final EntryFlags flags;

    LedgerController(RecorderEntries recorder, Ledger ledger, MemberScores scores, MemberDirectory members, Declarations declarations,
            SchemeCatalog catalog, EntryFlags flags) {
        this.recorder = recorder;
        this.ledger = ledger;
        this.scores = scores;
        this.members = members;
        this.declarations = declarations;
        this.catalog = catalog;
        this.flags = flags;
    }

    @Operation(summary = "Record an entry on a member's ledger (recorder, secretaries, or an admin above the branch)")
    @ApiResponse(responseCode = "201", description = "Recorded", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "Invalid input, field by field")
    @ApiResponse(responseCode = "403", description = "The caller does not keep the branch's records")
    @ApiResponse(responseCode = "404", description = "No such member within the caller's reach")
    @PostMapping("/ledger-entries")
    ResponseEntity<LedgerRow> record(@Valid @RequestBody LedgerRequests.RecordEntry request) {
        UUID id = recorder.record(request);
        return ResponseEntity.created(URI.create("/api/v1/ledger-entries/" + id)).body(row(id));
    }

    @Operation(summary = "Correct a ledger row: a new row replaces it (new values, or voided), with the reason; the row stays")
    @ApiResponse(responseCode = "201", description = "The correcting row", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "Invalid input, e.g. no reason")
    @ApiResponse(responseCode = "403", description = "The caller does not keep the branch's records")
    @ApiResponse(responseCode = "404", description = "No such row within the caller's reach")
    @ApiResponse(responseCode = "409", description = "The row was already corrected: correct the latest row instead")
    @PostMapping("/ledger-entries/{id}/corrections")
    ResponseEntity<LedgerRow> correct(@PathVariable UUID id, @Valid @RequestBody LedgerRequests.Correct request) {
        UUID correction = recorder.correct(id, request);
        return ResponseEntity.created(URI.create("/api/v1/ledger-entries/" + correction)).body(row(correction));
    }

    @Operation(summary = "A member's ledger for a year, corrections included (each row says whether it counts)")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such member within the caller's reach")
    @GetMapping("/ledger-entries")
    List<LedgerRow> history(@RequestParam UUID memberId, @RequestParam @Min(2000) @Max(2100) int year) {
        MemberProfile member = members.readable(memberId);
        return rows(member.id(), year);
    }

    @Operation(summary = "The signed-in member's ledger for a year")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller is not a member of this tenant")
    @GetMapping("/me/ledger-entries")
    List<LedgerRow> myHistory(@RequestParam @Min(2000) @Max(2100) int year) {
        return rows(declarations.self().id(), year);
    }

    @Operation(summary = "A member's scores for a year so far, explained entry by entry")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "No scheme is published for the member's branch that year")
    @ApiResponse(responseCode = "404", description = "No such member within the caller's reach")
    @GetMapping("/scores")
    MemberScores.MemberYear scores(@RequestParam UUID memberId, @RequestParam @Min(2000) @Max(2100) int year) {
        return scores.of(memberId, year);
    }

    @Operation(summary = "The signed-in member's scores for a year so far, explained entry by entry, with their place in the branch where the scheme ranks")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "No scheme is published for the member's branch that year")
    @ApiResponse(responseCode = "403", description = "The caller is not a member of this tenant")
    @GetMapping("/me/scores")
    MemberScores.MemberYear myScores(@RequestParam @Min(2000) @Max(2100) int year) {
        MemberProfile self = declarations.self();
        return scores.withRankInBranch(self, scores.of(self.id(), year));
    }

    private List<LedgerRow> rows(UUID memberId, int year) {
        List<Ledger.Entry> history = ledger.history(memberId, year);
        Set<UUID> replaced = history.stream().map(Ledger.Entry::replacesId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, Optional<AppliedScheme>> versions = new HashMap<>();
        Set<UUID> flagged = Set.copyOf(flags.flaggedOf(memberId, year));
        return history.stream().map(entry -> row(entry, versions, !entry.voided() && !replaced.contains(entry.id()), flagged.contains(entry.id())))
            .toList();
    }

    /** A row just written: it counts unless it is a voiding. */
    private LedgerRow row(UUID id) {
        Ledger.Entry entry = ledger.find(id).orElseThrow();
        return row(entry, new HashMap<>(), !entry.voided(), false);
    }

    /** The row with its item's name and its value, both by the scheme version it was recorded under. */
    private LedgerRow row(Ledger.Entry entry, Map<UUID, Optional<AppliedScheme>> versions, boolean counting, boolean flagged) {
        Optional<AppliedScheme> scheme = versions.computeIfAbsent(entry.schemeVersionId(), catalog::version);
        String itemName = scheme.flatMap(found -> found.item(entry.itemCode())).map(SchemeItem::name).orElse(entry.itemCode());
        BigDecimal value = entry.voided() ? null
                : scheme.flatMap(found -> ScoringEngine.entryValue(found.engine(), entry.forEngine())).orElse(null);
        return LedgerRow.of(entry, itemName, value, counting, flagged);
    }

    record LedgerRow(UUID id, UUID memberId, @Schema(description = "YYYY-MM") String month, String itemCode, String itemName, BigDecimal quantity,
            @Schema(types = {"string", "null"}) @Nullable String level,
            @Schema(types = {"number", "null"}) @Nullable BigDecimal points,
            @Schema(types = {"number", "null"}) @Nullable BigDecimal awarded,
            @Schema(types = {"number", "null"}, description = "What the row is worth by its item's rule alone (or as awarded), before the "
                    + "limits, caps and vetoes the score's explanation shows; none for a voiding row") @Nullable BigDecimal value,
            @Schema(types = {"string", "null"}) @Nullable String achievement,
            String source,
            @Schema(types = {"string", "null"}, format = "uuid") @Nullable UUID sourceId,
            @Schema(types = {"string", "null"}, format = "uuid") @Nullable UUID replacesId,
            boolean voided,
            @Schema(types = {"string", "null"}) @Nullable String reason,
            OffsetDateTime recordedAt,
            @Schema(description = "Whether the row counts: no later row replaces it, and it is not a voiding") boolean counting,
            @Schema(description = "Whether a supervisor's flag on the row awaits resolution") boolean flagged) {

        static LedgerRow of(Ledger.Entry entry, String itemName, @Nullable BigDecimal value, boolean counting, boolean flagged) {
            return new LedgerRow(entry.id(), entry.memberId(), entry.month().toString(), entry.itemCode(), itemName, entry.quantity(), entry.level(),
                    entry.points(), entry.awarded(), value, entry.achievement(), entry.source().name(), entry.sourceId(), entry.replacesId(),
                    entry.voided(), entry.reason(), entry.recordedAt(), counting, flagged);
        }
    }
}
