package cn.xianfeng.organization.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;


import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Roles")
@RestController
@RequestMapping("/api/v1/orgs/{orgId}/roles")
class RoleController {

    private final RoleAppointments roles;
    private final OrgAccess access;

    RoleController(RoleAppointments roles, OrgAccess access) {
        this.roles = roles;
        this.access = access;
    }

    @Operation(summary = "Who holds which role at an org")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such org within the caller's reach")
    @GetMapping
    List<RoleHolder> holders(@PathVariable UUID orgId) {
        OrgAccess.Reach reach = access.reach();
        return roles.holdersAt(access.readable(orgId, reach));
    }

    @Operation(summary = "Give a member a role at an org; a member without an account is invited (the answer carries the link)")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "The role does not fit the org type, or the member has no mobile or e-mail")
    @ApiResponse(responseCode = "403", description = "The caller does not administer the org")
    @ApiResponse(responseCode = "404", description = "The org or the member is not within the caller's reach")
    @ApiResponse(responseCode = "409", description = "The member already holds this role here")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RoleHolder assign(@PathVariable UUID orgId, @Valid @RequestBody OrgRequests.AssignRole request) {
        return roles.assign(orgId, request);
    }

    @Operation(summary = "Withdraw a role; the institution's last admin at its root cannot be withdrawn")
    @ApiResponse(responseCode = "204", description = "Withdrawn")
    @ApiResponse(responseCode = "403", description = "The caller does not administer the org")
    @ApiResponse(responseCode = "404", description = "No such org or assignment within the caller's reach")
    @ApiResponse(responseCode = "409", description = "The last admin at the root")
    @DeleteMapping("/{assignmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID orgId, @PathVariable UUID assignmentId) {
        roles.revoke(orgId, assignmentId);
    }
}
