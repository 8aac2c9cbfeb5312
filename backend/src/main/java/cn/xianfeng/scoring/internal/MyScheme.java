package cn.xianfeng.scoring.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.xianfeng.organization.MemberProfile;
import cn.xianfeng.schemes.AppliedScheme;
import cn.xianfeng.schemes.SchemeItem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What a member needs of their scheme and their branch's months, reaching no org themselves. */
@Tag(name = "Declarations")
@Validated
@RestController
@RequestMapping("/api/v1/me")
class MyScheme {

    private final Declarations declarations;
    private final MemberSchemes schemes;
    private final Periods periods;

    MyScheme(Declarations declarations, MemberSchemes schemes, Periods periods) {
        this.declarations = declarations;
        this.schemes = schemes;
        this.periods = periods;
    }

    record MySchemeItem(@Schema(description = "Whether the member may declare it: members record it, and it applies to them")
            boolean declarable, SchemeItem item) {
    }

    record MySchemeView(UUID schemeId, UUID versionId, int versionNumber, String name, int year, int declarationDeadlineDay,
            int publicityDays, List<MySchemeItem> items) {
    }

    @Operation(summary = "The scheme the signed-in member is scored by in a year, every item with whether they may declare it")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "No scheme is published for the member's branch that year")
    @ApiResponse(responseCode = "403", description = "The caller is not a member of this tenant")
    @GetMapping("/scheme")
    @Transactional(readOnly = true)
    MySchemeView scheme(@RequestParam @Min(2000) @Max(2100) int year) {
        MemberProfile member = declarations.self();
        AppliedScheme scheme = schemes.of(member, year, "year");
        return new MySchemeView(scheme.schemeId(), scheme.versionId(), scheme.versionNumber(), scheme.name(), scheme.year(),
                scheme.declarationDeadlineDay(), scheme.publicityDays(), scheme.items().stream()
                    .map(item -> new MySchemeItem(item.recordedBy() == cn.xianfeng.schemes.RecordedBy.MEMBER && item.appliesTo(member), item))
                    .toList());
    }

    @Operation(summary = "The signed-in member's branch's months of a year that have moved on (approved, publicised, final)")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller is not a member of this tenant")
    @GetMapping("/periods")
    @Transactional(readOnly = true)
    List<PeriodController.PeriodView> periods(@RequestParam @Min(2000) @Max(2100) int year) {
        MemberProfile member = declarations.self();
        return periods.ofBranchYear(member.branchId(), year).stream().map(PeriodController.PeriodView::of).toList();
    }
}
