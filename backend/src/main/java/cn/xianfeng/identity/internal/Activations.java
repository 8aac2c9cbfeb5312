package cn.xianfeng.identity.internal;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An invited person sets their first password through their invitation link, which is then used up. */
@Service
class Activations {

    private final Users users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    Activations(Users users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The display name of the invited person, if the link is valid. */
    @Transactional(readOnly = true)
    Optional<String> invitee(String token) {
        return pending(token).map(User::displayName);
    }

    /** Sets the password; false if the link is not (or no longer) valid. */
    @Transactional
    boolean activate(String token, String password) {
        return pending(token).map(user -> {
            user.activate(passwordEncoder.encode(password));
            return true;
        }).orElse(false);
    }

    private Optional<User> pending(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return users.findByInvitationTokenHash(InvitationTokens.hash(token))
            .filter(user -> user.invitationValidAt(clock.instant()));
    }
}
