package cn.xianfeng.organization.internal;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.xianfeng.organization.OrgManagement;
import cn.xianfeng.organization.OrgRef;
import cn.xianfeng.web.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Organisations")
@RestController
@RequestMapping("/api/v1/orgs")
class OrgController {

    private final OrgManagement orgs;

    OrgController(OrgManagement orgs) {
        this.orgs = orgs;
    }

    @Operation(summary = "One org node of the current tenant")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such org in the current tenant")
    @GetMapping("/{id}")
    OrgRef org(@PathVariable UUID id) {
        return orgs.find(id).orElseThrow(() -> new NotFoundException("org.not-found"));
    }
}
