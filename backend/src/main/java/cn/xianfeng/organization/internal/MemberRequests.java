package cn.xianfeng.organization.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.organization.Gender;
import cn.xianfeng.organization.MemberStatus;
import cn.xianfeng.organization.PostType;

import io.swagger.v3.oas.annotations.media.Schema;

/** The bodies of the member write requests. */
final class MemberRequests {

    private MemberRequests() {
    }

    /** Who the member is; shared by adding and editing. */
    record Details(
            @NotBlank(message = "{member.name.required}") @Size(max = 50, message = "{member.name.too-long}") String name,
            @Nullable Gender gender,
            @NotNull(message = "{member.status.required}") MemberStatus status,
            @NotNull(message = "{member.postType.required}") PostType postType,
            @Schema(description = "党员领导干部 / 支部书记: true or false, always said") @NotNull(message = "{member.leaderCadre.required}") Boolean leaderCadre,
            @Nullable @PastOrPresent(message = "{member.joinedOn.future}") LocalDate joinedOn,
            @Nullable @Pattern(regexp = "1[3-9]\\d{9}", message = "{member.mobile.invalid}") String mobile,
            @Nullable @Email(message = "{member.email.invalid}") @Size(max = 254, message = "{member.email.invalid}") String email) {

        Details {
            name = name == null ? null : name.strip();
            mobile = mobile == null || mobile.isBlank() ? null : mobile.strip();
            email = email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
        }
    }

    record AddMember(
            @NotNull(message = "{member.branchId.required}") UUID branchId,
            @Nullable UUID groupId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(message = "{member.details.required}") @Valid Details details) {
    }

    record EditMember(
            @NotNull(message = "{org.version.required}") Long version,
            @Nullable UUID groupId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(message = "{member.details.required}") @Valid Details details) {
    }

    record TransferMember(
            @NotNull(message = "{org.version.required}") Long version,
            @NotNull(message = "{member.toBranchId.required}") UUID toBranchId,
            @Nullable UUID toGroupId,
            @NotNull(message = "{member.transferredOn.required}") @PastOrPresent(message = "{member.transferredOn.future}") LocalDate transferredOn,
            @Nullable @Size(max = 200, message = "{member.reason.too-long}") String reason) {
    }
}
