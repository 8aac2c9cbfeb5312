package cn.xianfeng.identity.internal;

import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.transaction.support.TransactionTemplate;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/** The authorization server's stores (all in PostgreSQL) and its first-party clients. */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    /** The web app's own client; the browser never sees its tokens (BFF, see docs/adr/002). */
    static final String WEB_REGISTRATION_ID = "xianfeng";

    /** A public client with PKCE for scripts and command-line tools (docs/api.md). */
    static final String CLI_CLIENT_ID = "xianfeng-cli";
    static final String CLI_REDIRECT_URI = "http://127.0.0.1/callback";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(JdbcClient jdbc, TransactionTemplate transactions,
            IdentityProperties properties) {
        return new SigningKeys(jdbc, transactions, properties.keyEncryption());
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return NimbusJwtDecoder.withJwkSource(jwkSource).build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        if (properties.issuer() != null && !properties.issuer().isBlank()) {
            settings.issuer(properties.issuer());
        }
        return settings.build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(JdbcOperations jdbc) {
        return new JdbcRegisteredClientRepository(jdbc);
    }

    @Bean
    OAuth2AuthorizationService authorizationService(JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    @Bean
    OAuth2AuthorizationConsentService authorizationConsentService(JdbcOperations jdbc,
            RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    @Bean
    FirstPartyClients firstPartyClients(RegisteredClientRepository clients, IdentityProperties properties,
            PasswordEncoder passwordEncoder) {
        return new FirstPartyClients(clients, webClient(properties.webClient(), passwordEncoder), cliClient());
    }

    private static RegisteredClient webClient(IdentityProperties.WebClient web, PasswordEncoder passwordEncoder) {
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(web.clientId().getBytes()).toString())
            .clientId(web.clientId())
            .clientName("Xianfeng web")
            .clientSecret(passwordEncoder.encode(web.clientSecret()))
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
            .redirectUris(uris -> uris.addAll(web.redirectUris()))
            .scope(OidcScopes.OPENID)
            .scope(OidcScopes.PROFILE)
            .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
            .tokenSettings(TokenSettings.builder()
                .accessTokenTimeToLive(web.accessTokenTtl())
                .refreshTokenTimeToLive(web.refreshTokenTtl())
                .reuseRefreshTokens(false)
                .build())
            .build();
    }

    private static RegisteredClient cliClient() {
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(CLI_CLIENT_ID.getBytes()).toString())
            .clientId(CLI_CLIENT_ID)
            .clientName("Xianfeng scripts")
            .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri(CLI_REDIRECT_URI)
            .scope(OidcScopes.OPENID)
            .scope(OidcScopes.PROFILE)
            .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
            .build();
    }
}
