package cn.xianfeng.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/** Turns a refused address away from the sign-in form before any password is compared. */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && SecurityConfiguration.SIGN_IN_PAGE.equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (throttle.refuses(request.getParameter("username"), request.getRemoteAddr())) {
            response.sendRedirect(request.getContextPath() + SecurityConfiguration.SIGN_IN_PAGE + "?error=locked");
            return;
        }
        chain.doFilter(request, response);
    }
}
