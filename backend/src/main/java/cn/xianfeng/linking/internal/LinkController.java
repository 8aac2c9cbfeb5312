package cn.xianfeng.linking.internal;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.xianfeng.tenancy.TenantContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Tenant links")
@Validated
@RestController
@RequestMapping("/api/v1/links")
class LinkController {

    private final TenantLinks links;

    LinkController(TenantLinks links) {
        this.links = links;
    }

    @Operation(summary = "Links of this tenant: to its upper committee, and of lower tenants to nodes the caller reaches")
    @ApiResponse(responseCode = "200", description = "OK")
    @GetMapping
    List<LinkView> list() {
        return links.list().stream().map(this::view).toList();
    }

    @Operation(summary = "Ask to link this tenant's root under the node an invitation code was issued at")
    @ApiResponse(responseCode = "201", description = "Requested; the upper side accepts or declines", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "The code is this tenant's own, would make a cycle, or the node cannot take this root")
    @ApiResponse(responseCode = "403", description = "The caller does not administer this tenant's root")
    @ApiResponse(responseCode = "404", description = "No such code (or it expired or was revoked)")
    @ApiResponse(responseCode = "409", description = "This tenant is already linked, or has a pending request")
    @PostMapping
    ResponseEntity<LinkView> request(@Valid @RequestBody LinkRequest request) {
        UUID id = links.request(request.code(), request.note());
        return ResponseEntity.created(URI.create("/api/v1/links/" + id)).body(view(links.visible(id)));
    }

    @Operation(summary = "One link")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such link within the caller's reach")
    @GetMapping("/{id}")
    LinkView link(@PathVariable UUID id) {
        return view(links.visible(id));
    }

    @Operation(summary = "The upper side accepts a request")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller does not administer the invited node, or is on the lower side")
    @ApiResponse(responseCode = "404", description = "No such link within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Stale version, or not a pending request")
    @PostMapping("/{id}/accept")
    LinkView accept(@PathVariable UUID id, @Valid @RequestBody LinkVersion request) {
        links.accept(id, request.version());
        return view(links.visible(id));
    }

    @Operation(summary = "The upper side declines a request")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller does not administer the invited node, or is on the lower side")
    @ApiResponse(responseCode = "404", description = "No such link within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Stale version, or not a pending request")
    @PostMapping("/{id}/decline")
    LinkView decline(@PathVariable UUID id, @Valid @RequestBody LinkVersion request) {
        links.decline(id, request.version());
        return view(links.visible(id));
    }

    @Operation(summary = "Either side ends an active link; the lower side may also withdraw its pending request")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller does not administer their side's node")
    @ApiResponse(responseCode = "404", description = "No such link within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Stale version, or nothing to end")
    @PostMapping("/{id}/unlink")
    LinkView unlink(@PathVariable UUID id, @Valid @RequestBody LinkVersion request) {
        links.unlink(id, request.version());
        return view(links.visible(id));
    }

    @Operation(summary = "The linked lower tree: its nodes and member counts per node (subtree totals), no personal data")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller is on the lower side")
    @ApiResponse(responseCode = "404", description = "No such link within the caller's reach")
    @ApiResponse(responseCode = "409", description = "The link is not active")
    @GetMapping("/{id}/tree")
    LinkedTree tree(@PathVariable UUID id) {
        List<TenantLinks.LinkedNode> nodes = links.tree(id);
        return new LinkedTree(view(links.visible(id)), nodes);
    }

    private LinkView view(TenantLinks.Link link) {
        return new LinkView(link.id(), link.side(TenantContext.tenantId().orElseThrow()), link.status(),
                link.upperTenantName(), link.upperOrgName(), link.lowerTenantName(), link.lowerRootName(), link.note(),
                link.requestedAt(), link.decidedAt(), link.endedAt(), link.endedBySide(), link.version(),
                List.copyOf(links.actions(link)));
    }

    record LinkRequest(
            @NotBlank(message = "{link.code.required}") @Size(max = 40, message = "{link.code.required}") String code,
            @Nullable @Size(max = 200, message = "{link.note.too-long}") String note) {
    }

    record LinkVersion(@NotNull(message = "{org.version.required}") Long version) {
    }

    /** A link as either side sees it; {@code side} is the caller's tenant's side. */
    record LinkView(UUID id, TenantLinks.Side side,
            @Schema(allowableValues = {"REQUESTED", "ACTIVE", "DECLINED", "CANCELLED", "UNLINKED"}) String status,
            String upperTenantName, String upperOrgName, String lowerTenantName, String lowerRootName,
            @Schema(types = {"string", "null"}) @Nullable String note,
            OffsetDateTime requestedAt,
            @Schema(types = {"string", "null"}, format = "date-time") @Nullable OffsetDateTime decidedAt,
            @Schema(types = {"string", "null"}, format = "date-time") @Nullable OffsetDateTime endedAt,
            @Schema(types = {"string", "null"}, allowableValues = {"UPPER", "LOWER"}) TenantLinks.@Nullable Side endedBySide,
            long version, List<TenantLinks.LinkAction> actions) {
    }

    record LinkedTree(LinkView link, List<TenantLinks.LinkedNode> nodes) {
    }
}
