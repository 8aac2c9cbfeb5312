package cn.xianfeng.organization.internal;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.organization.BranchDomain;
import cn.xianfeng.organization.OrgType;

/** The bodies of the tree's write requests. */
final class OrgRequests {

    private OrgRequests() {
    }

    record CreateOrg(
            @NotNull(message = "{org.parentId.required}") UUID parentId,
            @NotNull(message = "{org.type.required}") OrgType type,
            @NotBlank(message = "{org.name.required}") @Size(max = 100, message = "{org.name.too-long}") String name,
            @Nullable @Size(max = 50, message = "{org.code.invalid}") @Pattern(regexp = "[A-Za-z0-9_.-]*", message = "{org.code.invalid}") String code,
            @Nullable BranchDomain domain,
            @Nullable @Min(value = 0, message = "{org.sortOrder.invalid}") @Max(value = 100_000, message = "{org.sortOrder.invalid}") Integer sortOrder) {

        CreateOrg {
            name = name == null ? null : name.strip();
            code = code == null || code.isBlank() ? null : code.strip();
        }
    }

    /** A full description of the node; {@code version} is the one the caller last saw (stale → 409). */
    record UpdateOrg(
            @NotNull(message = "{org.version.required}") Long version,
            @NotBlank(message = "{org.name.required}") @Size(max = 100, message = "{org.name.too-long}") String name,
            @Nullable @Size(max = 50, message = "{org.code.invalid}") @Pattern(regexp = "[A-Za-z0-9_.-]*", message = "{org.code.invalid}") String code,
            @Nullable BranchDomain domain,
            @NotNull(message = "{org.sortOrder.invalid}") @Min(value = 0, message = "{org.sortOrder.invalid}") @Max(value = 100_000, message = "{org.sortOrder.invalid}") Integer sortOrder) {

        UpdateOrg {
            name = name == null ? null : name.strip();
            code = code == null || code.isBlank() ? null : code.strip();
        }
    }

    record MoveOrg(
            @NotNull(message = "{org.version.required}") Long version,
            @NotNull(message = "{org.newParentId.required}") UUID newParentId) {
    }

    record CloseOrg(@NotNull(message = "{org.version.required}") Long version) {
    }

    /**
     * A role for a member of the tenant ({@code memberId}), or for someone who is not on its member list, such
     * as a committee's staff ({@code person}: committee roles only). Exactly one of the two.
     */
    record AssignRole(
            @Nullable UUID memberId,
            @Nullable @jakarta.validation.Valid Person person,
            @NotNull(message = "{role.role.required}") cn.xianfeng.identity.Role role) {
    }

    /** Someone given a role without being a member here; they sign in with the mobile number or e-mail. */
    record Person(
            @NotBlank(message = "{member.name.required}") @Size(max = 50, message = "{member.name.too-long}") String name,
            @Nullable @Pattern(regexp = "1[3-9]\\d{9}", message = "{member.mobile.invalid}") String mobile,
            @Nullable @jakarta.validation.constraints.Email(message = "{member.email.invalid}") @Size(max = 254, message = "{member.email.invalid}") String email) {

        Person {
            name = name == null ? null : name.strip();
            mobile = mobile == null || mobile.isBlank() ? null : mobile.strip();
            email = email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
