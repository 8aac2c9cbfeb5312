package cn.xianfeng.scoring.internal;

import java.time.YearMonth;
import java.util.UUID;

import jakarta.validation.constraints.Pattern;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.xianfeng.web.Downloads;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Score forms")
@Validated
@RestController
@RequestMapping("/api/v1/forms")
class ScoreFormController {

    private final ScoreForms forms;

    ScoreFormController(ScoreForms forms) {
        this.forms = forms;
    }

    @Operation(summary = "月份党员量化积分登记表 of a branch's month, as xlsx")
    @ApiResponse(responseCode = "200", description = "The workbook")
    @ApiResponse(responseCode = "404", description = "The branch is not within the caller's reach")
    @GetMapping("/monthly-register.xlsx")
    ResponseEntity<byte[]> registerXlsx(@RequestParam UUID branchId,
            @RequestParam @Pattern(regexp = Formats.MONTH, message = "{entry.month.format}") String month) {
        ScoreForms.Register register = forms.register(branchId, YearMonth.parse(month));
        return Downloads.attachment(forms.registerXlsx(register), name(register.branch(), month, ScoreForms.REGISTER, "xlsx"), Downloads.XLSX);
    }

    @Operation(summary = "月份党员量化积分登记表 of a branch's month, as PDF")
    @ApiResponse(responseCode = "200", description = "The PDF")
    @ApiResponse(responseCode = "404", description = "The branch is not within the caller's reach")
    @GetMapping("/monthly-register.pdf")
    ResponseEntity<byte[]> registerPdf(@RequestParam UUID branchId,
            @RequestParam @Pattern(regexp = Formats.MONTH, message = "{entry.month.format}") String month) {
        ScoreForms.Register register = forms.register(branchId, YearMonth.parse(month));
        return Downloads.attachment(forms.registerPdf(register), name(register.branch(), month, ScoreForms.REGISTER, "pdf"),
                MediaType.APPLICATION_PDF);
    }

    @Operation(summary = "党员季度积分申请表 of a member's quarter (YYYY-Qn), as xlsx")
    @ApiResponse(responseCode = "200", description = "The workbook")
    @ApiResponse(responseCode = "404", description = "No such member within the caller's reach")
    @GetMapping("/quarterly-application.xlsx")
    ResponseEntity<byte[]> applicationXlsx(@RequestParam UUID memberId,
            @RequestParam @Pattern(regexp = Formats.QUARTER, message = "{form.quarter.format}") String quarter) {
        ScoreForms.Application form = forms.application(memberId, year(quarter), number(quarter));
        return Downloads.attachment(forms.applicationXlsx(form), name(form.name(), quarter, ScoreForms.APPLICATION, "xlsx"), Downloads.XLSX);
    }

    @Operation(summary = "党员季度积分申请表 of a member's quarter (YYYY-Qn), as PDF")
    @ApiResponse(responseCode = "200", description = "The PDF")
    @ApiResponse(responseCode = "404", description = "No such member within the caller's reach")
    @GetMapping("/quarterly-application.pdf")
    ResponseEntity<byte[]> applicationPdf(@RequestParam UUID memberId,
            @RequestParam @Pattern(regexp = Formats.QUARTER, message = "{form.quarter.format}") String quarter) {
        ScoreForms.Application form = forms.application(memberId, year(quarter), number(quarter));
        return Downloads.attachment(forms.applicationPdf(form), name(form.name(), quarter, ScoreForms.APPLICATION, "pdf"),
                MediaType.APPLICATION_PDF);
    }

    private static int year(String quarter) {
        return Integer.parseInt(quarter.substring(0, 4));
    }

    private static int number(String quarter) {
        return quarter.charAt(6) - '0';
    }

    private static String name(String who, String when, String title, String extension) {
        return who + "-" + when + "-" + title + "." + extension;
    }
}
