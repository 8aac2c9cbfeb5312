package cn.xianfeng.onboarding.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** What an institution fills in to sign up. */
@MobileOrEmail
record OnboardingRequest(
        @NotBlank(message = "{onboarding.institutionName.required}")
        @Size(max = 100, message = "{onboarding.name.too-long}")
        String institutionName,

        @NotNull(message = "{onboarding.rootOrgType.required}")
        RootOrgType rootOrgType,

        @NotBlank(message = "{onboarding.rootOrgName.required}")
        @Size(max = 100, message = "{onboarding.name.too-long}")
        String rootOrgName,

        @NotBlank(message = "{onboarding.adminName.required}")
        @Size(max = 50, message = "{onboarding.adminName.too-long}")
        String adminName,

        @Nullable
        @Pattern(regexp = "1[3-9]\\d{9}", message = "{onboarding.mobile.invalid}")
        String mobile,

        @Nullable
        @Email(message = "{onboarding.email.invalid}")
        @Size(max = 254, message = "{onboarding.email.invalid}")
        String email,

        @NotNull(message = "{onboarding.password.required}")
        @Size(min = 10, max = 128, message = "{onboarding.password.length}")
        @Pattern(regexp = ".*\\D.*", message = "{onboarding.password.only-digits}")
        @Schema(minLength = 10, format = "password")
        String password) {

    /** Names are trimmed and blank optional fields count as absent, before validation sees them. */
    OnboardingRequest {
        institutionName = strip(institutionName);
        rootOrgName = strip(rootOrgName);
        adminName = strip(adminName);
        mobile = isGiven(mobile) ? mobile.strip() : null;
        email = isGiven(email) ? email.strip() : null;
    }

    static boolean isGiven(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    static @Nullable String strip(@Nullable String value) {
        return value == null ? null : value.strip();
    }
}
