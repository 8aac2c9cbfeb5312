package cn.xianfeng.identity.internal;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import cn.xianfeng.web.ProblemAuthenticationEntryPoint;
import cn.xianfeng.web.ProblemResponseWriter;
import cn.xianfeng.web.ProblemTypes;

/**
 * Five filter chains, one per kind of traffic. Two sign-ins live side by side in one HTTP session and are
 * kept apart on purpose: the identity provider's ("this person typed their password") under its own
 * session key, and the web app's ("this browser holds a session of the BFF client") under Spring's default
 * key. Signing out invalidates the session, and with it both. See docs/adr/002-sign-in-flow.md.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String IDENTITY_PROVIDER_CONTEXT_KEY = "XIANFENG_IDENTITY_PROVIDER_SECURITY_CONTEXT";
    static final String SIGN_IN_PAGE = "/login";

    /**
     * Spring Security would wrap each of its filters, and every access decision, in an observation on every request;
     * the request's own timing ({@code http.server.requests}) is kept.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** OAuth2 / OIDC endpoints: authorize, token, jwks, discovery, userinfo. */
    @Bean
    @Order(2)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        http.headers(SecurityConfiguration::strictHeaders);
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(withDefaults());
        })
            .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
            .securityContext(context -> context.securityContextRepository(identityProviderContext()))
            .oauth2ResourceServer(resourceServer -> resourceServer.jwt(withDefaults()))
            .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint(SIGN_IN_PAGE),
                    new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /**
     * The REST API: a web-app session (with CSRF token) or a bearer token from a script. First, since most requests
     * are the API's and its path decides at once; none of the identity provider's endpoints lies under it.
     */
    private static final java.util.regex.Pattern BEARER_TOKEN = java.util.regex.Pattern.compile(
            "^Bearer [a-zA-Z0-9-._~+/]+=*$", java.util.regex.Pattern.CASE_INSENSITIVE);

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemAuthenticationEntryPoint problems) throws Exception {
        RequestMatcher onboarding = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/onboarding");
        // Only a request that really carries a bearer token goes without a CSRF token: a session cookie sent with any
        // other Authorization header (Basic, empty) still signs the request in, so it must still show its CSRF token.
        RequestMatcher bearerToken = request -> request.getHeader("Authorization") != null
                && BEARER_TOKEN.matcher(request.getHeader("Authorization")).matches();
        http.securityMatcher("/api/**")
            .headers(SecurityConfiguration::strictHeaders)
            .authorizeHttpRequests(requests -> requests
                .requestMatchers(onboarding).permitAll()
                .anyRequest().authenticated())
            .oauth2ResourceServer(resourceServer -> resourceServer
                .jwt(withDefaults())
                .authenticationEntryPoint(problems)
                .accessDeniedHandler(problems))
            .csrf(csrf -> csrf.spa().ignoringRequestMatchers(onboarding, bearerToken))
            .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
            .requestCache(cache -> cache.requestCache(new NullRequestCache()))
            .exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint(problems)
                .accessDeniedHandler(problems));
        return http.build();
    }

    /** The identity provider's own sign-in form (server-rendered, zh-CN / en). */
    @Bean
    @Order(3)
    SecurityFilterChain signInPageChain(HttpSecurity http, SignInOutcomes outcomes, SignInThrottle throttle) throws Exception {
        http.securityMatcher(SIGN_IN_PAGE, ActivationController.PATH, "/sign-in-assets/**")
            .headers(SecurityConfiguration::strictHeaders)
            .addFilterBefore(new SignInThrottleFilter(throttle),
                    org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .securityContext(context -> context.securityContextRepository(identityProviderContext()))
            .formLogin(form -> form
                .loginPage(SIGN_IN_PAGE)
                .successHandler(outcomes)
                .failureHandler(outcomes))
            // A form left open longer than the session carries a stale CSRF token: show the form again.
            .exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, denied) ->
                    response.sendRedirect(request.getContextPath() + SIGN_IN_PAGE + "?error=expired")));
        return http.build();
    }

    /** The web app's session: OAuth2 login against our own authorization server, and sign-out. */
    @Bean
    @Order(4)
    SecurityFilterChain webSessionChain(HttpSecurity http, ClientRegistrationRepository registrations,
            IdentityProperties properties) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver requestResolver = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, "/oauth2/authorization");
        requestResolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        SavedRequestAwareAuthenticationSuccessHandler afterSignIn = new SavedRequestAwareAuthenticationSuccessHandler();
        afterSignIn.setDefaultTargetUrl(properties.webClient().afterSignInUrl());
        afterSignIn.setAlwaysUseDefaultTargetUrl(true);
        http.securityMatcher("/oauth2/authorization/**", "/login/oauth2/code/**", "/logout")
            .headers(SecurityConfiguration::strictHeaders)
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .oauth2Login(login -> login
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requestResolver))
                .successHandler(afterSignIn))
            .logout(logout -> logout
                .logoutUrl("/logout")
                .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
            .csrf(csrf -> csrf.spa());
        return http.build();
    }

    /**
     * Everything else: the API description, health probes, error pages. The metrics are for the scraper on the
     * addresses configured, and answer 404 to anyone else, as if there were none.
     */
    @Bean
    @Order(5)
    SecurityFilterChain publicChain(HttpSecurity http, ProblemResponseWriter problems,
            @Value("${xianfeng.metrics.scrapers:127.0.0.1/32,::1/128}") List<String> scrapers) throws Exception {
        RequestMatcher metrics = PathPatternRequestMatcher.withDefaults().matcher("/actuator/prometheus");
        List<IpAddressMatcher> scraperAddresses = scrapers.stream().map(String::strip).map(IpAddressMatcher::new).toList();
        RequestMatcher fromScraper = request -> scraperAddresses.stream().anyMatch(address -> address.matches(request));
        http.headers(SecurityConfiguration::strictHeaders)
            .authorizeHttpRequests(requests -> requests
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error",
                        "/actuator/health/**", "/actuator/info")
                .permitAll()
                .requestMatchers(new AndRequestMatcher(metrics, fromScraper)).permitAll()
                .anyRequest().denyAll())
            .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                    (request, response, denied) -> problems.write(request, response, 404, ProblemTypes.NOT_FOUND, null), metrics))
            .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * What every answer tells the browser: run only our own scripts (Ant Design's styles are inline), never inside
     * another site's frame, no type sniffing, no referrer beyond our origin, no camera or microphone; HSTS once
     * served over https (Spring Security's default, behind a proxy that says X-Forwarded-Proto: https).
     */
    static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
            .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
    }

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private static HttpSessionSecurityContextRepository identityProviderContext() {
        HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
        repository.setSpringSecurityContextKey(IDENTITY_PROVIDER_CONTEXT_KEY);
        return repository;
    }
}
