package cn.xianfeng.workspace.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.xianfeng.identity.Account;
import cn.xianfeng.identity.AccountManagement;
import cn.xianfeng.organization.MemberProfile;
import cn.xianfeng.organization.OrgRef;
import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.web.NotFoundException;
import cn.xianfeng.workspace.RoleAt;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Me")
@RestController
@RequestMapping("/api/v1")
class MeController {

    private final AccountManagement accounts;
    private final Memberships memberships;

    MeController(AccountManagement accounts, Memberships memberships) {
        this.accounts = accounts;
        this.memberships = memberships;
    }

    @Operation(summary = "The signed-in user and the tenants they act in")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @GetMapping("/me")
    CurrentUser me() {
        UUID userId = signedInUser();
        Account user = accounts.account(userId).orElseThrow(() -> new NotFoundException("user.not-found"));
        List<Membership> tenants = memberships.of(userId).stream()
            .map(view -> new Membership(view.tenantId(), view.tenantName(), view.rootOrg(), view.roles(), view.member()))
            .toList();
        return new CurrentUser(user.id(), user.displayName(), user.mobile(), user.email(), tenants);
    }

    @Operation(summary = "The tenant the request acts in (header X-Tenant-Id), with its root org and the user's roles")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "401", description = "Not signed in")
    @ApiResponse(responseCode = "404", description = "Not a tenant of the user")
    @GetMapping("/tenants/current")
    @Transactional(readOnly = true)
    TenantOverview currentTenant() {
        UUID userId = signedInUser();
        if (TenantContext.tenantId().isEmpty()) {
            throw new NotFoundException("tenant.not-found");
        }
        MembershipView view = memberships.current(userId);
        return new TenantOverview(view.tenantId(), view.tenantName(), view.tenantCreatedAt(), view.rootOrg(), view.roles(), view.member());
    }

    private static UUID signedInUser() {
        return TenantContext.userId().orElseThrow(() -> new NotFoundException("user.not-found"));
    }

    record CurrentUser(UUID id, String displayName,
            @Schema(types = {"string", "null"}) @Nullable String mobile,
            @Schema(types = {"string", "null"}) @Nullable String email,
            List<Membership> memberships) {
    }

    /** {@code member}: the user's own member record in the tenant, when they are a party member there. */
    record Membership(UUID tenantId, String tenantName, OrgRef rootOrg, List<RoleAt> roles,
            @Schema(types = {"object", "null"}) @Nullable MemberProfile member) {
    }

    record TenantOverview(UUID id, String name, OffsetDateTime createdAt, OrgRef rootOrg, List<RoleAt> roles,
            @Schema(types = {"object", "null"}) @Nullable MemberProfile member) {
    }
}
