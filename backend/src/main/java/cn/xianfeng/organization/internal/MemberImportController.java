package cn.xianfeng.organization.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.xianfeng.web.InvalidInputException;
import cn.xianfeng.web.TextRules;
import cn.xianfeng.web.Downloads;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Members")
@RestController
@RequestMapping("/api/v1/members")
class MemberImportController {

    private final MemberImport memberImport;

    MemberImportController(MemberImport memberImport) {
        this.memberImport = memberImport;
    }

    @Operation(summary = "The member import template (xlsx, Chinese headings, one example row)")
    @ApiResponse(responseCode = "200", description = "The template", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/import-template")
    ResponseEntity<byte[]> template() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MemberSheet.writeTemplate(out);
        return Downloads.attachment(out.toByteArray(), "党员导入模板.xlsx", Downloads.XLSX);
    }

    @Operation(summary = "Import members from a filled-in template: all rows or none; a 422 problem lists every bad row")
    @ApiResponse(responseCode = "200", description = "All rows imported")
    @ApiResponse(responseCode = "400", description = "Not an xlsx file")
    @ApiResponse(responseCode = "403", description = "The caller does not manage the org's members")
    @ApiResponse(responseCode = "404", description = "The org is not within the caller's reach")
    @ApiResponse(responseCode = "422", description = "Some rows are bad; nothing was imported")
    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    OrgImportController.ImportResult importMembers(@RequestPart("file") MultipartFile file, @RequestParam(required = false) @Nullable UUID orgId) {
        String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        if (TextRules.hasControlCharacters(fileName)) {
            throw new InvalidInputException("file", "problem.field.control-characters");
        }
        return new OrgImportController.ImportResult(memberImport.importFile(file, orgId, fileName));
    }
}
