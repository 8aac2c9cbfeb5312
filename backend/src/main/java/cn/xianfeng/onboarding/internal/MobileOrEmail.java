package cn.xianfeng.onboarding.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** At least one way to sign in: a mobile number or an e-mail address. Reported on the {@code mobile} field. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MobileOrEmail.Validator.class)
@interface MobileOrEmail {

    String message() default "{onboarding.contact.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MobileOrEmail, OnboardingRequest> {

        @Override
        public boolean isValid(OnboardingRequest request, ConstraintValidatorContext context) {
            if (OnboardingRequest.isGiven(request.mobile()) || OnboardingRequest.isGiven(request.email())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("mobile")
                .addConstraintViolation();
            return false;
        }
    }
}
