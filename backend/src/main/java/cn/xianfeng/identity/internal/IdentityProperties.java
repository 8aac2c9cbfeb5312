package cn.xianfeng.identity.internal;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param lockout             how many wrong passwords in a row lock an account, and for how long
 * @param webClient           the web app's client at its own authorization server (the BFF)
 * @param keyEncryption       protects the signing keys' private halves at rest
 * @param internalBaseUrl     where the backend reaches its own token endpoint; default: loopback, local port
 * @param issuer              fixed issuer URL for production; unset, it follows the request's host
 */
@ConfigurationProperties("xianfeng.identity")
record IdentityProperties(Lockout lockout, WebClient webClient, KeyEncryption keyEncryption,
        @Nullable String internalBaseUrl, @Nullable String issuer) {

    record Lockout(int maxAttempts, Duration duration) {
    }

    record WebClient(String clientId, String clientSecret, List<String> redirectUris, String afterSignInUrl,
            Duration accessTokenTtl, Duration refreshTokenTtl) {
    }

    record KeyEncryption(String password, String salt) {
    }
}
