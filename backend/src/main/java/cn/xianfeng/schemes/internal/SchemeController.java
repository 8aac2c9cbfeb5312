package cn.xianfeng.schemes.internal;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.xianfeng.engine.Scheme.Aggregation;
import cn.xianfeng.web.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Scoring schemes")
@Validated
@RestController
@RequestMapping("/api/v1")
class SchemeController {

    private final SchemePresets presets;
    private final SchemePreview preview;
    private final SchemeValidator validator;

    SchemeController(SchemePresets presets, SchemePreview preview, SchemeValidator validator) {
        this.presets = presets;
        this.preview = preview;
        this.validator = validator;
    }

    @Operation(summary = "The preset schemes a tenant starts from (presets.md P1–P5)")
    @ApiResponse(responseCode = "200", description = "OK")
    @GetMapping("/scheme-presets")
    List<PresetSummary> presets() {
        return presets.all().stream()
            .map(preset -> new PresetSummary(preset.code(), preset.name(), preset.description(), preset.aggregation())).toList();
    }

    @Operation(summary = "One preset scheme as a scheme document")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such preset")
    @GetMapping("/scheme-presets/{code}")
    SchemeDocument preset(@PathVariable String code) {
        return presets.find(code).orElseThrow(() -> new NotFoundException("scheme.preset.not-found"));
    }

    @Operation(summary = "Check a scheme document: 204 when valid; otherwise 400 with every problem at its path")
    @ApiResponse(responseCode = "204", description = "Valid")
    @ApiResponse(responseCode = "400", description = "Every problem, each at the path of its element (e.g. sections[2].items[0].rule.max)")
    @PostMapping("/schemes/validate")
    org.springframework.http.ResponseEntity<Void> validate(@Valid @RequestBody SchemeDocument scheme) {
        validator.check(scheme);
        return org.springframework.http.ResponseEntity.noContent().build();
    }

    @Operation(summary = "Score sample entries and ballots with a scheme: month, quarter and year scores, grade, explanation")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "An invalid scheme or entry, each problem at its path")
    @PostMapping("/schemes/preview")
    SchemePreview.PreviewResult preview(@Valid @RequestBody SchemePreview.PreviewRequest request) {
        return preview.preview(request);
    }

    record PresetSummary(String code, String name, String description, Aggregation aggregation) {
    }
}
