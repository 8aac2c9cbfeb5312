package cn.xianfeng.identity.internal;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param lockout             how many wrong passwords refuse a client address, and for how long (ADR 014)
 * @param webClient           the web app's client at its own authorization server (the BFF)
 * @param keyEncryption       protects the signing keys' private halves at rest
 * @param internalBaseUrl     where the backend reaches its own token endpoint; default: loopback, local port
 * @param issuer              fixed issuer URL for production; unset, it follows the request's host
 */
@ConfigurationProperties("xianfeng.identity")
record IdentityProperties(Lockout lockout, WebClient webClient, KeyEncryption keyEncryption,
        @Nullable String internalBaseUrl, @Nullable String issuer) {

    /**
     * @param maxAttempts           wrong passwords for one login from one address that refuse that address
     * @param maxAttemptsPerAddress wrong passwords from one address, whatever the logins, that refuse the address
     * @param duration              how long the count runs, and how long a refusal lasts
     */
    record Lockout(int maxAttempts, int maxAttemptsPerAddress, Duration duration) {
    }

    record WebClient(String clientId, String clientSecret, List<String> redirectUris, String afterSignInUrl,
            Duration accessTokenTtl, Duration refreshTokenTtl) {
    }

    record KeyEncryption(String password, String salt) {
    }
}
