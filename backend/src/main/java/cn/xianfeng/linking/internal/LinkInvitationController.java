package cn.xianfeng.linking.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Tenant links")
@Validated
@RestController
@RequestMapping("/api/v1/orgs/{orgId}/link-invitations")
class LinkInvitationController {

    private static final int DEFAULT_VALID_DAYS = 30;

    private final LinkInvitations invitations;

    LinkInvitationController(LinkInvitations invitations) {
        this.invitations = invitations;
    }

    @Operation(summary = "Invitation codes issued at a committee, newest first (the codes themselves are shown only once)")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller does not administer the org")
    @ApiResponse(responseCode = "404", description = "The org is not within the caller's reach")
    @GetMapping
    List<LinkInvitations.InvitationView> list(@PathVariable UUID orgId) {
        return invitations.list(orgId);
    }

    @Operation(summary = "Issue an invitation code at a committee, under which another tenant may ask to link its root")
    @ApiResponse(responseCode = "201", description = "Issued; the code is in this answer only", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "The org cannot take a tenant's root, or invalid days")
    @ApiResponse(responseCode = "403", description = "The caller does not administer the org")
    @ApiResponse(responseCode = "404", description = "The org is not within the caller's reach")
    @PostMapping
    ResponseEntity<LinkInvitations.IssuedInvitation> issue(@PathVariable UUID orgId, @Valid @RequestBody IssueRequest request) {
        LinkInvitations.IssuedInvitation issued = invitations.issue(orgId,
                request.validDays() == null ? DEFAULT_VALID_DAYS : request.validDays());
        return ResponseEntity.created(URI.create("/api/v1/orgs/" + orgId + "/link-invitations/" + issued.id())).body(issued);
    }

    @Operation(summary = "Revoke an invitation code; links already requested with it stay as they are")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "403", description = "The caller does not administer the org")
    @ApiResponse(responseCode = "404", description = "No such code at an org within the caller's reach")
    @DeleteMapping("/{invitationId}")
    ResponseEntity<Void> revoke(@PathVariable UUID orgId, @PathVariable UUID invitationId) {
        invitations.revoke(orgId, invitationId);
        return ResponseEntity.noContent().build();
    }

    /** {@code validDays} defaults to {@value #DEFAULT_VALID_DAYS}. */
    record IssueRequest(
            @Nullable @Min(value = 1, message = "{link.invitation.days}") @Max(value = 365, message = "{link.invitation.days}") Integer validDays) {
    }
}
