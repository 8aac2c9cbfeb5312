package cn.xianfeng.web;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The name of the authenticated caller of the current request (a user id, or a client id), if any. */
public final class SignedInCaller {

    private SignedInCaller() {
    }

    public static Optional<String> name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return signedIn ? Optional.of(authentication.getName()) : Optional.empty();
    }
}
