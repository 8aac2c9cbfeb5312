package cn.xianfeng.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The account a person acts with: found by their mobile number or e-mail, or newly invited. {@code link} is
 * the path of a one-time invitation (present when the account still needs its first password), to be passed
 * to the person; it is shown once and only its hash is stored.
 */
public record Invitation(UUID userId, @Nullable String link) {
}
