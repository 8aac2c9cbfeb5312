package cn.xianfeng.identity.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks people up by mobile number or e-mail for the sign-in form (wrong passwords: SignInThrottle). The
 * authenticated name is the user's id, so tokens and sessions carry a stable subject, not a phone number.
 */
@Service
class SignInAccounts implements UserDetailsService {

    static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    /** Matches no password: the encoder rejects it as a malformed hash. */
    private static final String NO_PASSWORD = "{bcrypt}pending-invitation";

    private final Users users;

    SignInAccounts(Users users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String login) {
        User user = findByLogin(login).orElseThrow(() -> new UsernameNotFoundException("No such account"));
        // A pending (invited) account is disabled, which is checked before any password comparison.
        return org.springframework.security.core.userdetails.User.withUsername(user.id().toString())
            .password(user.isPending() ? NO_PASSWORD : user.passwordHash())
            .disabled(user.isPending())
            .authorities("ROLE_USER")
            .build();
    }

    private Optional<User> findByLogin(String login) {
        String trimmed = login == null ? "" : login.strip();
        return MOBILE.matcher(trimmed).matches()
                ? users.findByMobile(trimmed)
                : users.findByEmail(trimmed.toLowerCase(Locale.ROOT));
    }
}
