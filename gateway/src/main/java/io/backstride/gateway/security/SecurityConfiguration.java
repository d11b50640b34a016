package io.backstride.gateway.security;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.jwk.JWKSet;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The gateway as an OAuth2 resource server: every request is checked for an identity-service access token (RS256
 * JWT), then against coarse route-level role rules. Services check the token again and decide about objects
 * (tenant, runner, partner link); identity reaches them only inside the token (see {@code IdentityHeaderFilter}).
 * Stateless: no session, no CSRF token (nothing is authenticated by cookie), no login page.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    public static final String[] ROLES_FOR_RACES = {"PLATFORM_ADMIN", "ORGANISER_ADMIN", "ORGANISER_STAFF", "RUNNER"};

    /** Open paths: documentation, probes and metrics. Neither authenticated nor rate limited. */
    public static final String[] OPEN_PATHS = {"/openapi/**", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs",
            "/v3/api-docs/**", "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus"};

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
            SecurityProperties properties) {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers();
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(roles);

        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(cors -> cors.configurationSource(corsConfigurationSource(properties)))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.mode(Mode.DENY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .writer(new ContentSecurityPolicyWriter()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .jwt(jwt -> jwt
                                .jwtDecoder(jwtDecoder)
                                .jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(authentication))))
                // first match wins: specific paths before the families they belong to
                .authorizeExchange(rules -> rules
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                            .permitAll()
                        .pathMatchers("/actuator", "/actuator/**").hasRole("OPS")
                        .pathMatchers(OPEN_PATHS).permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/v1/identity/consent/current").permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/v1/identity/invitations/acceptance").permitAll()
                        .pathMatchers("/api/v1/content/authoring", "/api/v1/content/authoring/**")
                            .hasAnyRole("AUTHOR", "CLINICIAN")
                        .pathMatchers(HttpMethod.GET, "/api/v1/assessments/instruments", "/api/v1/assessments/instruments/**")
                            .authenticated()
                        .pathMatchers("/api/v1/assessments", "/api/v1/assessments/**",
                                "/api/v1/programmes", "/api/v1/programmes/**")
                            .hasAnyRole("RUNNER", "PARTNER")
                        .pathMatchers("/api/v1/races", "/api/v1/races/**").hasAnyRole(ROLES_FOR_RACES)
                        // content, notifications, the rest of identity, and unknown paths (then 404)
                        .anyExchange().authenticated())
                .build();
    }

    /**
     * RS256 only; {@code iss}, {@code aud}, {@code exp} (required) and {@code nbf} checked with a small clock skew.
     * Keys come from the JWKS lazily through {@link JwksCache}; a failure to read them is a 503. A token that passed
     * is remembered for {@code verified-token-ttl} ({@link CachingJwtDecoder}).
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(SecurityProperties properties) {
        WebClient http = WebClient.create();
        JwksCache keys = new JwksCache(() -> http.get().uri(properties.jwksUri())
                        .retrieve()
                        .bodyToMono(String.class)
                        .timeout(Duration.ofSeconds(5))
                        .map(SecurityConfiguration::parseKeys),
                properties.jwksCacheTtl(), properties.jwksRefreshCooldown(), Clock.systemUTC());
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(keys)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.clockSkew());
        timestamps.setAllowEmptyExpiryClaim(false);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<Jwt>(List.of(JwtTypeValidator.jwt(), timestamps,
                new JwtIssuerValidator(properties.issuer()), new JwtAudienceValidator(properties.audience()))));
        ReactiveJwtDecoder checked = token -> decoder.decode(token).onErrorMap(ProblemSecurityHandlers::keysUnavailable,
                ProblemSecurityHandlers::identityServiceUnavailable);
        return properties.verifiedTokenTtl().isZero()
                ? checked
                : new CachingJwtDecoder(checked, timestamps, properties.verifiedTokenTtl(), 10_000);
    }

    private static JWKSet parseKeys(String body) {
        try {
            return JWKSet.parse(body);
        }
        catch (ParseException e) {
            throw new IllegalStateException("The JWKS is not a JSON Web Key Set", e);
        }
    }

    /** Requests from the web apps' origins; a preflight needs no token (browsers never send one with it). */
    static CorsConfigurationSource corsConfigurationSource(SecurityProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.corsOrigins().stream().map(String::strip).filter(o -> !o.isEmpty()).toList());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "If-None-Match",
                "X-Request-Id"));
        cors.setExposedHeaders(List.of("ETag", "Location", "Retry-After", "X-Request-Id", "RateLimit-Limit",
                "RateLimit-Remaining"));
        cors.setAllowCredentials(false); // bearer tokens, no cookies
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    /**
     * No Micrometer observation per security filter and per authorization (Spring Security's default when an
     * observation registry exists): on every request that was several observations and context-propagation scopes,
     * a large share of a CPU profile of the proxy path. Requests are still timed (http.server.requests).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Requests Spring Security's firewall refuses ({@code ..}, {@code //}, {@code ;}, encoded slashes): a 400 problem. */
    @Bean
    ServerExchangeRejectedHandler firewallRejections() {
        return (exchange, rejected) -> Mono.error(ProblemSecurityHandlers.rejected(rejected));
    }
}
