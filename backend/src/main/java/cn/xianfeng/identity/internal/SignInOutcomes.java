package cn.xianfeng.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After the sign-in form: count wrong passwords toward the address's refusal (ADR 014), reset the count on success, and go on
 * to the authorization request that sent the person here (or, if they came straight to the form, start the
 * web app's sign-in so that they land in the app signed in).
 */
@Component
class SignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final SignInThrottle throttle;
    private final SavedRequestAwareAuthenticationSuccessHandler continueToSavedRequest;

    SignInOutcomes(SignInThrottle throttle) {
        this.throttle = throttle;
        this.continueToSavedRequest = new SavedRequestAwareAuthenticationSuccessHandler();
        this.continueToSavedRequest.setDefaultTargetUrl("/oauth2/authorization/" + AuthorizationServerConfiguration.WEB_REGISTRATION_ID);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        throttle.recordSuccess(request.getParameter("username"), request.getRemoteAddr());
        continueToSavedRequest.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = exception instanceof DisabledException ? "pending" : "invalid";
        if (exception instanceof BadCredentialsException) {
            throttle.recordFailure(request.getParameter("username"), request.getRemoteAddr());
        }
        response.sendRedirect(request.getContextPath() + SecurityConfiguration.SIGN_IN_PAGE + "?error=" + reason);
    }
}
