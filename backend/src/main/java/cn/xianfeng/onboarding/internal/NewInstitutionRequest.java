package cn.xianfeng.onboarding.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Another institution for someone who already has an account: they become its first committee admin. */
record NewInstitutionRequest(
        @NotBlank(message = "{onboarding.institutionName.required}")
        @Size(max = 100, message = "{onboarding.name.too-long}")
        String institutionName,

        @NotNull(message = "{onboarding.rootOrgType.required}")
        RootOrgType rootOrgType,

        @NotBlank(message = "{onboarding.rootOrgName.required}")
        @Size(max = 100, message = "{onboarding.name.too-long}")
        String rootOrgName) {

    NewInstitutionRequest {
        institutionName = OnboardingRequest.strip(institutionName);
        rootOrgName = OnboardingRequest.strip(rootOrgName);
    }
}
