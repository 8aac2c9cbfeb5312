package cn.xianfeng.organization.internal;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.xianfeng.calendar.ChinaCalendar;
import cn.xianfeng.organization.ExemptionStatus;
import cn.xianfeng.web.Downloads;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Exemptions")
@Validated
@RestController
@RequestMapping("/api/v1/exemptions")
class ExemptionController {

    private final ExemptionWorkflow workflow;
    private final ExemptionQueries queries;
    private final ExemptionForms forms;
    private final OrgAccess access;
    private final Orgs orgs;
    private final Clock clock;

    ExemptionController(ExemptionWorkflow workflow, ExemptionQueries queries, ExemptionForms forms, OrgAccess access,
            Orgs orgs, Clock clock) {
        this.workflow = workflow;
        this.queries = queries;
        this.forms = forms;
        this.access = access;
        this.orgs = orgs;
        this.clock = clock;
    }

    @Operation(summary = "Exemption applications under an org (default: everything the caller reaches), newest first")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "The org is not within the caller's reach")
    @GetMapping
    ExemptionQueries.ExemptionPage search(@RequestParam(required = false) @Nullable UUID orgId,
            @RequestParam(required = false) @Nullable UUID memberId,
            @RequestParam(required = false) @Nullable ExemptionStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        OrgAccess.Reach reach = access.reach();
        List<String> paths = access.listScope(orgId, reach);
        if (paths.isEmpty()) {
            return new ExemptionQueries.ExemptionPage(List.of(), page, size, 0);
        }
        return queries.search(paths, memberId, status, page, size);
    }

    @Operation(summary = "One application with every step taken and what the caller may do next")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such application within the caller's reach")
    @GetMapping("/{id}")
    ExemptionDetail exemption(@PathVariable UUID id) {
        return detail(id);
    }

    @Operation(summary = "Apply for a member's exemption from points management (on their behalf)")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "Invalid input, field by field")
    @ApiResponse(responseCode = "403", description = "The caller does not lead the member's branch")
    @ApiResponse(responseCode = "404", description = "The member is not within the caller's reach")
    @ApiResponse(responseCode = "409", description = "The member already has an exemption overlapping these dates")
    @PostMapping
    ResponseEntity<ExemptionDetail> apply(@Valid @RequestBody ExemptionRequests.ApplyForExemption request) {
        UUID id = workflow.apply(request);
        return ResponseEntity.created(URI.create("/api/v1/exemptions/" + id)).body(detail(id));
    }

    @Operation(summary = "Record the branch committee's review, the member meeting's or the upper committee's decision")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "Invalid input, e.g. a rejection without a reason")
    @ApiResponse(responseCode = "403", description = "The caller does not decide at this stage")
    @ApiResponse(responseCode = "404", description = "No such application within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Stale version, or the application is not at this stage")
    @PostMapping("/{id}/review")
    ExemptionDetail review(@PathVariable UUID id, @Valid @RequestBody ExemptionRequests.ExemptionReview request) {
        workflow.review(id, request);
        return detail(id);
    }

    @Operation(summary = "Open the publicity after the member meeting's approval")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "Invalid input")
    @ApiResponse(responseCode = "403", description = "The caller does not lead the member's branch")
    @ApiResponse(responseCode = "404", description = "No such application within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Stale version, or the application is not awaiting publicity")
    @PostMapping("/{id}/publicity")
    ExemptionDetail openPublicity(@PathVariable UUID id, @Valid @RequestBody ExemptionRequests.OpenExemptionPublicity request) {
        workflow.openPublicity(id, request);
        return detail(id);
    }

    @Operation(summary = "Close the publicity once over: without a founded objection the application goes on")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "Invalid input, e.g. an objection without a note")
    @ApiResponse(responseCode = "403", description = "The caller does not lead the member's branch")
    @ApiResponse(responseCode = "404", description = "No such application within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Stale version, not in publicity, or the publicity is not over yet")
    @PostMapping("/{id}/publicity/close")
    ExemptionDetail closePublicity(@PathVariable UUID id, @Valid @RequestBody ExemptionRequests.CloseExemptionPublicity request) {
        workflow.closePublicity(id, request);
        return detail(id);
    }

    @Operation(summary = "Withdraw an application that is not decided yet")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller does not lead the member's branch")
    @ApiResponse(responseCode = "404", description = "No such application within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Stale version, or already decided")
    @PostMapping("/{id}/withdraw")
    ExemptionDetail withdraw(@PathVariable UUID id, @Valid @RequestBody ExemptionRequests.WithdrawExemption request) {
        workflow.withdraw(id, request);
        return detail(id);
    }

    @Operation(summary = "End an approved exemption early (e.g. the member has recovered)")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "The last day is outside the exemption")
    @ApiResponse(responseCode = "403", description = "The caller does not lead the member's branch")
    @ApiResponse(responseCode = "404", description = "No such application within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Stale version, or not approved")
    @PostMapping("/{id}/end")
    ExemptionDetail end(@PathVariable UUID id, @Valid @RequestBody ExemptionRequests.EndExemption request) {
        workflow.end(id, request);
        return detail(id);
    }

    @Operation(summary = "The approval form 不参加积分管理党员审批表 as xlsx")
    @ApiResponse(responseCode = "200", description = "The form", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No such application within the caller's reach")
    @GetMapping("/{id}/form.xlsx")
    ResponseEntity<byte[]> formXlsx(@PathVariable UUID id) {
        ExemptionForms.Form form = forms.form(id);
        return Downloads.attachment(forms.xlsx(form), fileName(form, "xlsx"), Downloads.XLSX);
    }

    @Operation(summary = "The approval form 不参加积分管理党员审批表 as PDF (A4, Chinese font embedded)")
    @ApiResponse(responseCode = "200", description = "The form", content = @Content(
            mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No such application within the caller's reach")
    @GetMapping("/{id}/form.pdf")
    ResponseEntity<byte[]> formPdf(@PathVariable UUID id) {
        ExemptionForms.Form form = forms.form(id);
        return Downloads.attachment(forms.pdf(form), fileName(form, "pdf"), MediaType.APPLICATION_PDF);
    }

    private static String fileName(ExemptionForms.Form form, String extension) {
        return ExemptionForms.TITLE + "-" + form.memberName() + "." + extension;
    }

    private ExemptionDetail detail(UUID id) {
        OrgAccess.Reach reach = access.reach();
        Exemption exemption = workflow.visible(id, reach);
        Org branch = orgs.findById(exemption.branchId()).orElseThrow();
        return new ExemptionDetail(queries.exemption(id).orElseThrow(), queries.steps(id),
                actions(exemption, branch, reach));
    }

    /** What the caller may do next, so that the app offers exactly that. */
    private List<ExemptionAction> actions(Exemption exemption, Org branch, OrgAccess.Reach reach) {
        List<ExemptionAction> actions = new ArrayList<>();
        boolean leads = reach.canLeadBranch(branch);
        switch (exemption.status()) {
            case AWAITING_COMMITTEE_REVIEW -> addIf(actions, leads, ExemptionAction.REVIEW_COMMITTEE);
            case AWAITING_MEETING_APPROVAL -> addIf(actions, leads, ExemptionAction.REVIEW_MEETING);
            case AWAITING_PUBLICITY -> addIf(actions, leads, ExemptionAction.OPEN_PUBLICITY);
            case IN_PUBLICITY -> addIf(actions, leads && ChinaCalendar.today(clock).isAfter(exemption.publicityTo()),
                    ExemptionAction.CLOSE_PUBLICITY);
            case AWAITING_UPPER_APPROVAL -> addIf(actions, reach.canApproveAbove(branch), ExemptionAction.REVIEW_UPPER);
            case APPROVED -> addIf(actions, leads && (exemption.effectiveTo() == null
                    || !exemption.effectiveTo().isBefore(ChinaCalendar.today(clock))), ExemptionAction.END);
            default -> {
            }
        }
        addIf(actions, leads && exemption.status().isOpen(), ExemptionAction.WITHDRAW);
        return actions;
    }

    private static void addIf(List<ExemptionAction> actions, boolean condition, ExemptionAction action) {
        if (condition) {
            actions.add(action);
        }
    }

    enum ExemptionAction { REVIEW_COMMITTEE, REVIEW_MEETING, OPEN_PUBLICITY, CLOSE_PUBLICITY, REVIEW_UPPER, END, WITHDRAW }

    record ExemptionDetail(ExemptionQueries.ExemptionView exemption, List<ExemptionQueries.ExemptionStepView> steps,
            List<ExemptionAction> actions) {
    }
}
