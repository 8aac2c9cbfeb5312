package cn.xianfeng.onboarding.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.xianfeng.tenancy.TenantContext;

@Tag(name = "Onboarding")
@RestController
class OnboardingController {

    private final Onboarding onboarding;
    private final OnboardingRateLimit rateLimit;

    OnboardingController(Onboarding onboarding, OnboardingRateLimit rateLimit) {
        this.onboarding = onboarding;
        this.rateLimit = rateLimit;
    }

    @Operation(summary = "Sign an institution up: its tenant, root org and first committee admin")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "Invalid input, field by field")
    @ApiResponse(responseCode = "409", description = "The mobile number or e-mail is already registered")
    @ApiResponse(responseCode = "429", description = "Too many sign-ups from this address")
    @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", schema = @Schema(maxLength = 255),
            description = "Makes a retry safe: the same key and body get the first answer again")
    @SecurityRequirements
    @PostMapping("/api/v1/onboarding")
    @ResponseStatus(HttpStatus.CREATED)
    OnboardingResponse onboard(@Valid @RequestBody OnboardingRequest request, HttpServletRequest http) {
        rateLimit.acquire(http.getRemoteAddr());
        return onboarding.onboard(request);
    }

    @Operation(summary = "Create another institution, with the signed-in user as its first committee admin",
            description = "For someone who already has an account (signing up again would find the mobile number taken). "
                    + "Acts outside any tenant: X-Tenant-Id is ignored.")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "Invalid input, field by field")
    @ApiResponse(responseCode = "429", description = "Too many institutions created from this address")
    @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", schema = @Schema(maxLength = 255),
            description = "Makes a retry safe: the same key and body get the first answer again")
    @PostMapping("/api/v1/institutions")
    @ResponseStatus(HttpStatus.CREATED)
    OnboardingResponse addInstitution(@Valid @RequestBody NewInstitutionRequest request, HttpServletRequest http) {
        rateLimit.acquire(http.getRemoteAddr());
        return onboarding.addInstitution(TenantContext.userId().orElseThrow(), request);
    }
}
