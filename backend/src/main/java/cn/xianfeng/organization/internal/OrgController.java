package cn.xianfeng.organization.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.xianfeng.web.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Organisations")
@RestController
@RequestMapping("/api/v1/orgs")
class OrgController {

    private final OrgTree tree;
    private final OrgQueries queries;
    private final OrgAccess access;

    OrgController(OrgTree tree, OrgQueries queries, OrgAccess access) {
        this.tree = tree;
        this.queries = queries;
        this.access = access;
    }

    @Operation(summary = "The children of an org, or, without parentId, the top nodes the caller holds roles at")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "The parent does not exist or is out of the caller's reach")
    @GetMapping
    List<OrgNode> list(@RequestParam(required = false) @Nullable UUID parentId,
            @RequestParam(defaultValue = "false") boolean includeClosed) {
        OrgAccess.Reach reach = access.reach();
        if (parentId == null) {
            List<String> tops = reach.readableTopPaths();
            return tops.isEmpty() ? List.of() : queries.nodes(tops.stream().map(OrgController::idOfPath).toList());
        }
        readable(parentId, reach);
        return queries.children(parentId, includeClosed);
    }

    @Operation(summary = "One org node")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such org within the caller's reach")
    @GetMapping("/{id}")
    OrgNode org(@PathVariable UUID id) {
        readable(id, access.reach());
        return queries.node(id).orElseThrow(() -> new NotFoundException("org.not-found"));
    }

    @Operation(summary = "The node and every node below it, parents first, in one flat list")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "404", description = "No such org within the caller's reach")
    @GetMapping("/{id}/subtree")
    List<OrgNode> subtree(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean includeClosed) {
        Org org = readable(id, access.reach());
        return queries.subtree(org.path(), includeClosed);
    }

    @Operation(summary = "Create an org under a parent (党委 → 党委 | 党总支 | 党支部; 党总支 → 党支部; 党支部 → 党小组)")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "Invalid input, e.g. a type not allowed under the parent")
    @ApiResponse(responseCode = "403", description = "The caller does not administer the parent")
    @ApiResponse(responseCode = "404", description = "No such parent within the caller's reach")
    @ApiResponse(responseCode = "409", description = "The parent is closed, or the code is taken")
    @PostMapping
    ResponseEntity<OrgNode> create(@Valid @RequestBody OrgRequests.CreateOrg request) {
        UUID id = tree.create(request);
        return ResponseEntity.created(URI.create("/api/v1/orgs/" + id)).body(queries.node(id).orElseThrow());
    }

    @Operation(summary = "Rename an org or change its code, domain or sort order")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "Invalid input")
    @ApiResponse(responseCode = "403", description = "The caller does not administer the org")
    @ApiResponse(responseCode = "404", description = "No such org within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since (stale version), or the code is taken")
    @PatchMapping("/{id}")
    OrgNode update(@PathVariable UUID id, @Valid @RequestBody OrgRequests.UpdateOrg request) {
        tree.update(id, request);
        return queries.node(id).orElseThrow();
    }

    @Operation(summary = "Move an org, with everything below it, under another parent")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "400", description = "Not allowed there: the root, into its own subtree, or a type rule")
    @ApiResponse(responseCode = "403", description = "The caller does not administer the org or the new parent")
    @ApiResponse(responseCode = "404", description = "The org or the new parent is not within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Stale version, or the new parent is closed")
    @PostMapping("/{id}/move")
    OrgNode move(@PathVariable UUID id, @Valid @RequestBody OrgRequests.MoveOrg request) {
        tree.move(id, request);
        return queries.node(id).orElseThrow();
    }

    @Operation(summary = "Close (撤销) an org; refused while anything open stands below it")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller does not administer the org")
    @ApiResponse(responseCode = "404", description = "No such org within the caller's reach")
    @ApiResponse(responseCode = "409", description = "Stale version, the root, already closed, or open orgs below it")
    @PostMapping("/{id}/close")
    OrgNode close(@PathVariable UUID id, @Valid @RequestBody OrgRequests.CloseOrg request) {
        tree.close(id, request);
        return queries.node(id).orElseThrow();
    }

    private Org readable(UUID id, OrgAccess.Reach reach) {
        return access.readable(id, reach);
    }

    /** The last label of a path is the node's id without hyphens. */
    private static UUID idOfPath(String path) {
        String hex = path.substring(path.lastIndexOf('.') + 1);
        return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
    }
}
