package cn.xianfeng.organization.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.xianfeng.organization.MemberStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Members")
@Validated
@RestController
@RequestMapping("/api/v1/members")
class MemberController {

    private final MemberRegistry registry;
    private final MemberQueries queries;
    private final OrgAccess access;
    private final MemberAccounts memberAccounts;

    MemberController(MemberRegistry registry, MemberQueries queries, OrgAccess access, MemberAccounts memberAccounts) {
        this.registry = registry;
        this.queries = queries;
        this.access = access;
        this.memberAccounts = memberAccounts;
    }

    @Operation(summary = "Let a member sign in as themselves: a one-time invitation link (e-mailed where possible) for a new account")
    @ApiResponse(responseCode = "200", description = "OK; no link when the person already has an account")
    @ApiResponse(responseCode = "400", description = "The member has neither a mobile number nor an e-mail")
    @ApiResponse(responseCode = "403", description = "The caller does not manage the member's branch")
    @ApiResponse(responseCode = "404", description = "No such member within the caller's reach")
    @PostMapping("/{id}/account")
    MemberAccounts.MemberAccountInvitation inviteToSignIn(@PathVariable UUID id) {
        return memberAccounts.invite(id);
    }

    @Operation(summary = "Members under an org (default: everything the caller reaches), searchable by name or mobile")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "The org is not within the caller's reach")
    @GetMapping
    MemberQueries.MemberPage search(@RequestParam(required = false) @Nullable UUID orgId,
            @RequestParam(required = false) @Nullable @Size(max = 50) String q,
            @RequestParam(required = false) @Nullable MemberStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        OrgAccess.Reach reach = access.reach();
        List<String> paths = access.listScope(orgId, reach);
        if (paths.isEmpty()) {
            return new MemberQueries.MemberPage(List.of(), page, size, 0);
        }
        return queries.search(paths, q, status, page, size);
    }

    @Operation(summary = "One member")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such member within the caller's reach")
    @GetMapping("/{id}")
    MemberView member(@PathVariable UUID id) {
        registry.visible(id, access.reach());
        return queries.member(id).orElseThrow();
    }

    @Operation(summary = "A member's transfers between branches and groups, oldest first")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such member within the caller's reach")
    @GetMapping("/{id}/transfers")
    List<MemberQueries.TransferView> transfers(@PathVariable UUID id) {
        registry.visible(id, access.reach());
        return queries.transfers(id);
    }

    @Operation(summary = "Add a member to a branch (and optionally one of its groups)")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "Invalid input, field by field")
    @ApiResponse(responseCode = "403", description = "The caller does not manage the branch's members")
    @ApiResponse(responseCode = "404", description = "The branch is not within the caller's reach")
    @ApiResponse(responseCode = "409", description = "The mobile number is taken, or the branch is closed")
    @PostMapping
    ResponseEntity<MemberView> add(@Valid @RequestBody MemberRequests.AddMember request) {
        UUID id = registry.add(request);
        return ResponseEntity.created(URI.create("/api/v1/members/" + id)).body(queries.member(id).orElseThrow());
    }

    @Operation(summary = "Edit a member (group within the same branch; use transfer to change branch)")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "Invalid input, field by field")
    @ApiResponse(responseCode = "403", description = "The caller does not manage the member's branch")
    @ApiResponse(responseCode = "404", description = "No such member within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Stale version, or the mobile number is taken")
    @PatchMapping("/{id}")
    MemberView edit(@PathVariable UUID id, @Valid @RequestBody MemberRequests.EditMember request) {
        registry.edit(id, request);
        return queries.member(id).orElseThrow();
    }

    @Operation(summary = "Transfer a member to another branch or group; the move is kept in their history")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "Invalid input, e.g. the same branch and group")
    @ApiResponse(responseCode = "403", description = "The caller does not manage the member's or the destination's members")
    @ApiResponse(responseCode = "404", description = "The member or the destination is not within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Stale version, or the destination is closed")
    @PostMapping("/{id}/transfer")
    MemberView transfer(@PathVariable UUID id, @Valid @RequestBody MemberRequests.TransferMember request) {
        registry.transfer(id, request);
        return queries.member(id).orElseThrow();
    }
}
