package cn.xianfeng.scoring.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.xianfeng.engine.Explanation;
import cn.xianfeng.organization.MemberDirectory;
import cn.xianfeng.organization.MemberProfile;
import cn.xianfeng.organization.OrgGuard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Periods and publicity")
@Validated
@RestController
@RequestMapping("/api/v1")
class PeriodController {

    private final Periods periods;
    private final Objections objections;
    private final MemberScores scores;
    private final MemberDirectory members;
    private final Ledger ledger;
    private final OrgGuard guard;
    private final ClosingChecklist checklist;

    PeriodController(Periods periods, Objections objections, MemberScores scores, MemberDirectory members, Ledger ledger, OrgGuard guard,
            ClosingChecklist checklist) {
        this.checklist = checklist;
        this.periods = periods;
        this.objections = objections;
        this.scores = scores;
        this.members = members;
        this.ledger = ledger;
        this.guard = guard;
    }

    @Operation(summary = "A branch's month: OPEN (no id) until approved, then its state")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "The branch is not within the caller's reach")
    @GetMapping("/periods")
    PeriodView ofMonth(@RequestParam UUID branchId,
            @RequestParam @Pattern(regexp = Formats.MONTH, message = "{entry.month.format}") String month) {
        YearMonth yearMonth = YearMonth.parse(month);
        return periods.ofMonth(branchId, yearMonth).map(PeriodView::of)
            .orElse(new PeriodView(null, branchId, month, "OPEN", null, null, null, null, null));
    }

    @Operation(summary = "What to check before approving a branch's month: what blocks it, and members probably not yet recorded")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "The branch is not within the caller's reach")
    @GetMapping("/periods/checklist")
    ClosingChecklist.Checklist checklist(@RequestParam UUID branchId,
            @RequestParam @Pattern(regexp = Formats.MONTH, message = "{entry.month.format}") String month) {
        return checklist.of(branchId, YearMonth.parse(month));
    }

    @Operation(summary = "The branch committee approves the month (every declaration reviewed, every activity finalised)")
    @ApiResponse(responseCode = "201", description = "Approved", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "Declarations await review or activities are not finalised, or a future month")
    @ApiResponse(responseCode = "403", description = "The caller does not lead the branch")
    @ApiResponse(responseCode = "404", description = "The branch is not within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Already approved")
    @PostMapping("/periods")
    ResponseEntity<PeriodView> approve(@Valid @RequestBody PeriodRequests.Approve request) {
        UUID id = periods.approve(request.branchId(), YearMonth.parse(request.month()));
        return ResponseEntity.created(URI.create("/api/v1/periods/" + id)).body(view(id));
    }

    @Operation(summary = "One period, for those who reach its branch and for its members")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such period within the caller's reach")
    @GetMapping("/periods/{id}")
    PeriodView one(@PathVariable UUID id) {
        return PeriodView.of(periods.readable(id, ownBranch(id)));
    }

    @Operation(summary = "Publicise the approved month to the branch's members for the scheme's days")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller does not lead the branch")
    @ApiResponse(responseCode = "404", description = "No such period within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Stale version, or not approved")
    @PostMapping("/periods/{id}/publicity")
    PeriodView publicise(@PathVariable UUID id, @Valid @RequestBody PeriodRequests.Step request) {
        periods.openPublicity(id, request.version());
        return view(id);
    }

    @Operation(summary = "Finalise (lock) the month once its publicity is over and no objection is open")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller does not lead the branch")
    @ApiResponse(responseCode = "404", description = "No such period within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Stale version, publicity still running, or objections open")
    @PostMapping("/periods/{id}/finalise")
    PeriodView finalise(@PathVariable UUID id, @Valid @RequestBody PeriodRequests.Step request) {
        periods.finalise(id, request.version());
        return view(id);
    }

    @Operation(summary = "Ask the parent to re-open a finalised month, with the reason")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller does not lead the branch")
    @ApiResponse(responseCode = "404", description = "No such period within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Stale version, or not finalised")
    @PostMapping("/periods/{id}/reopen-request")
    PeriodView requestReopening(@PathVariable UUID id, @Valid @RequestBody PeriodRequests.RequestReopening request) {
        periods.requestReopening(id, request.version(), request.reason());
        return view(id);
    }

    @Operation(summary = "The parent decides on re-opening: approved, the month is open again; declined, it stays final")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin or reviewer above the branch")
    @ApiResponse(responseCode = "404", description = "No such period within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Stale version, or no request to decide")
    @PostMapping("/periods/{id}/reopen")
    PeriodView decideReopening(@PathVariable UUID id, @Valid @RequestBody PeriodRequests.DecideReopening request) {
        periods.decideReopening(id, request.version(), request.approve(), request.note());
        return view(id);
    }

    @Operation(summary = "The publicity list: each member's score for the month and the entries behind it (members of the branch see it too)")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such period within the caller's reach, or not publicised")
    @GetMapping("/periods/{id}/publicity")
    @Transactional(readOnly = true)
    List<PublicityRow> publicity(@PathVariable UUID id) {
        boolean member = ownBranch(id);
        Periods.Row period = periods.readable(id, member);
        boolean reader = guard.canRead(period.branchId());
        boolean publicised = period.status().equals("IN_PUBLICITY") || period.status().equals("PUBLICITY_CLOSED")
                || period.status().equals("FINALISED");
        if (!reader && !publicised) {
            throw new cn.xianfeng.web.NotFoundException("period.not-found");
        }
        List<MemberProfile> branch = reader ? members.ofBranch(period.branchId()) : members.branchmates();
        int year = period.month().getYear();
        Map<UUID, List<Ledger.Entry>> rows = ledger.counting(branch.stream().map(MemberProfile::id).toList(), year);
        Map<UUID, MemberScores.MemberYear> scored = scores.scoreAll(branch, year, rows);
        return branch.stream().map(profile -> publicityRow(profile, period, scored.get(profile.id()), rows.getOrDefault(profile.id(), List.of())))
            .toList();
    }

    @Operation(summary = "Object to an entry or a member's total during publicity (a member of the branch)")
    @ApiResponse(responseCode = "201", description = "Raised", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "Publicity is over, or the entry is not in this period")
    @ApiResponse(responseCode = "404", description = "No such period for the caller")
    @PostMapping("/periods/{id}/objections")
    ResponseEntity<ObjectionView> object(@PathVariable UUID id, @Valid @RequestBody PeriodRequests.Raise request) {
        UUID objection = objections.raise(id, request);
        return ResponseEntity.created(URI.create("/api/v1/objections/" + objection))
            .body(objections.ofPeriod(id).stream().filter(row -> row.id().equals(objection)).map(ObjectionView::of).findFirst().orElseThrow());
    }

    @Operation(summary = "A period's objections: all for those who reach the branch, one's own for a member")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such period within the caller's reach")
    @GetMapping("/periods/{id}/objections")
    List<ObjectionView> objectionsOf(@PathVariable UUID id) {
        return objections.ofPeriod(id).stream().map(ObjectionView::of).toList();
    }

    @Operation(summary = "Answer an objection: dismissed, or upheld with the adjustment it makes")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "Invalid input, e.g. no answer")
    @ApiResponse(responseCode = "403", description = "The caller does not lead the branch")
    @ApiResponse(responseCode = "404", description = "No such objection within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Stale version, or already answered")
    @PostMapping("/objections/{id}/answer")
    ObjectionView answer(@PathVariable UUID id, @Valid @RequestBody PeriodRequests.Answer request) {
        objections.answer(id, request);
        return objections.find(id).map(ObjectionView::of).orElseThrow();
    }

    private boolean ownBranch(UUID periodId) {
        Optional<MemberProfile> self = members.self();
        return self.isPresent() && periods.find(periodId).map(period -> period.branchId().equals(self.get().branchId())).orElse(false);
    }

    private PeriodView view(UUID id) {
        return PeriodView.of(periods.find(id).orElseThrow());
    }

    /** A member's line of the list: the month's score where the scheme scores months, else the year so far; each entry's points. */
    private static PublicityRow publicityRow(MemberProfile member, Periods.Row period, MemberScores.MemberYear year, List<Ledger.Entry> counting) {
        BigDecimal total = year.periods().stream().filter(score -> score.period().equals(period.month().toString()))
            .map(score -> score.total()).findFirst().orElse(year.yearScore());
        Map<String, BigDecimal> pointsOfEntries = new HashMap<>();
        year.explanation().flatten().filter(node -> node.kind() == Explanation.Kind.ENTRY)
            .forEach(node -> pointsOfEntries.put(node.label(), node.points()));
        Map<String, String> names = new HashMap<>();
        year.explanation().flatten().filter(node -> node.kind() == Explanation.Kind.ITEM && node.detail() != null)
            .forEach(node -> names.put(node.detail(), node.label()));
        List<PublicityEntry> entries = counting.stream()
            .filter(entry -> entry.month().equals(period.month()))
            .map(entry -> new PublicityEntry(entry.id(), entry.itemCode(), names.getOrDefault(entry.itemCode(), entry.itemCode()), entry.quantity(),
                    pointsOfEntries.get(entry.id().toString()), entry.source().name(), entry.reason()))
            .toList();
        return new PublicityRow(member.id(), member.name(), total, entries);
    }

    record PeriodView(@Schema(types = {"string", "null"}, format = "uuid") @Nullable UUID id, UUID branchId,
            @Schema(description = "YYYY-MM") String month,
            @Schema(description = "OPEN, APPROVED, IN_PUBLICITY, PUBLICITY_CLOSED, FINALISED, REOPEN_REQUESTED or REOPENED (open again)") String status,
            @Schema(types = {"string", "null"}, format = "date-time") @Nullable OffsetDateTime publicityFrom,
            @Schema(types = {"string", "null"}, format = "date-time") @Nullable OffsetDateTime publicityUntil,
            @Schema(types = {"string", "null"}, format = "date-time") @Nullable OffsetDateTime finalisedAt,
            @Schema(types = {"string", "null"}) @Nullable String reopenReason,
            @Schema(types = {"integer", "null"}) @Nullable Long version) {

        static PeriodView of(Periods.Row row) {
            return new PeriodView(row.id(), row.branchId(), row.month().toString(), row.status(), row.publicityFrom(), row.publicityUntil(),
                    row.finalisedAt(), row.reopenReason(), row.version());
        }
    }

    record PublicityEntry(UUID ledgerEntryId, String itemCode, String itemName, BigDecimal quantity,
            @Schema(types = {"number", "null"}, description = "As counted, before section caps") @Nullable BigDecimal points,
            String source, @Schema(types = {"string", "null"}) @Nullable String reason) {
    }

    record PublicityRow(UUID memberId, String memberName, BigDecimal total, List<PublicityEntry> entries) {
    }

    record ObjectionView(UUID id, UUID periodId, UUID objectorId, UUID subjectMemberId,
            @Schema(types = {"string", "null"}, format = "uuid") @Nullable UUID ledgerEntryId, String text, String status,
            @Schema(types = {"string", "null"}) @Nullable String answer,
            @Schema(types = {"string", "null"}, format = "uuid") @Nullable UUID adjustmentEntryId, long version) {

        static ObjectionView of(Objections.Row row) {
            return new ObjectionView(row.id(), row.periodId(), row.objectorId(), row.subjectMemberId(), row.ledgerEntryId(), row.text(),
                    row.status(), row.answer(), row.adjustmentEntryId(), row.version());
        }
    }
}
