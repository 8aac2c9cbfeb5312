package cn.xianfeng.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.stereotype.Component;

/**
 * The web app as a client of its own authorization server. The browser is sent to a relative
 * {@code /oauth2/authorize}, so it stays on whichever host it came through (nginx, Vite, or the backend
 * itself); the code is exchanged server-to-server on the loopback interface. Built on first use because
 * the local port is only known once the server has started.
 */
@Component
class WebClientRegistration implements ClientRegistrationRepository {

    private final IdentityProperties properties;
    private final Environment environment;
    private volatile @Nullable ClientRegistration registration;

    WebClientRegistration(IdentityProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        return AuthorizationServerConfiguration.WEB_REGISTRATION_ID.equals(registrationId) ? registration() : null;
    }

    private ClientRegistration registration() {
        ClientRegistration built = registration;
        if (built == null) {
            String internal = internalBaseUrl();
            built = ClientRegistration.withRegistrationId(AuthorizationServerConfiguration.WEB_REGISTRATION_ID)
                .clientId(properties.webClient().clientId())
                .clientSecret(properties.webClient().clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(OidcScopes.OPENID, OidcScopes.PROFILE)
                .authorizationUri("/oauth2/authorize")
                .tokenUri(internal + "/oauth2/token")
                .jwkSetUri(internal + "/oauth2/jwks")
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .clientName("Xianfeng")
                .build();
            registration = built;
        }
        return built;
    }

    private String internalBaseUrl() {
        if (properties.internalBaseUrl() != null && !properties.internalBaseUrl().isBlank()) {
            return properties.internalBaseUrl();
        }
        return "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port");
    }
}
