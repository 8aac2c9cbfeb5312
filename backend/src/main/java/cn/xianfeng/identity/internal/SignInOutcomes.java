package cn.xianfeng.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After the sign-in form: count wrong passwords toward the lockout, reset the count on success, and go on
 * to the authorization request that sent the person here (or, if they came straight to the form, start the
 * web app's sign-in so that they land in the app signed in).
 */
@Component
class SignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final SignInAccounts accounts;
    private final SavedRequestAwareAuthenticationSuccessHandler continueToSavedRequest;

    SignInOutcomes(SignInAccounts accounts) {
        this.accounts = accounts;
        this.continueToSavedRequest = new SavedRequestAwareAuthenticationSuccessHandler();
        this.continueToSavedRequest.setDefaultTargetUrl("/oauth2/authorization/" + AuthorizationServerConfiguration.WEB_REGISTRATION_ID);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        accounts.recordSuccess(authentication.getName());
        continueToSavedRequest.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = switch (exception) {
            case LockedException locked -> "locked";
            case DisabledException pending -> "pending";
            default -> "invalid";
        };
        if (exception instanceof BadCredentialsException) {
            accounts.recordFailure(request.getParameter("username"));
        }
        response.sendRedirect(request.getContextPath() + SecurityConfiguration.SIGN_IN_PAGE + "?error=" + reason);
    }
}
