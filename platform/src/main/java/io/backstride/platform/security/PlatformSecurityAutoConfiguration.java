package io.backstride.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import io.backstride.platform.events.EventTopics;
import io.backstride.platform.inbox.Inbox;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.apache.kafka.clients.admin.NewTopic;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is an OAuth2 resource server by default (defence in depth behind the gateway): a bearer JWT is
 * validated (signature from the identity provider's keys, expiry, issuer, audience), roles come from the
 * {@code roles} claim, the service's {@link AccessRules} decide per route, and a served route without a rule is
 * refused. 401 and 403 are problem details. Health, info, Prometheus and the OpenAPI document stay open; other
 * actuator endpoints need OPS. A service that builds its own {@link SecurityFilterChain} (identity-service) keeps
 * it.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"},
        afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecuritySettings.class)
public class PlatformSecurityAutoConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecuritySettings settings) throws Exception {
        NimbusJwtDecoder decoder = settings.publicKeyLocation() != null
                ? NimbusJwtDecoder.withPublicKey(publicKey(settings)).build()
                : NimbusJwtDecoder.withJwkSetUri(settings.jwksUri()).build();
        decoder.setJwtValidator(TokenValidation.validator(settings.issuer(), settings.audience()));
        SecuritySettings.TokenCache cache = settings.tokenCache();
        return cache.enabled()
                ? new VerifiedTokenCache(decoder, TokenValidation.timestamps(), cache.ttl(), cache.maxTokens())
                : decoder;
    }

    /**
     * No Micrometer observation per security filter and per authorization decision (Spring Security's default when
     * an observation registry exists): that was a dozen observations on every request, for spans nobody reads. The
     * request itself is still observed ({@code http.server.requests}, traces) and refusals are still logged.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityProblems securityProblems(JsonMapper json) {
        return new SecurityProblems(json);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain serviceSecurity(HttpSecurity http, ObjectProvider<AccessRules> rules, SecurityProblems problems,
                                        ApplicationContext context) throws Exception {
        AccessRules all = AccessRules.of(rules.orderedStream().toList());
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies
                .authorizeHttpRequests(authorize -> {
                    authorize.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                            "/actuator/prometheus").permitAll();
                    authorize.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                            "/error").permitAll();
                    authorize.requestMatchers("/actuator/**").hasRole(Roles.OPS);
                    all.rules().forEach(rule -> apply(authorize, rule));
                    authorize.anyRequest().access(new UnmappedRoutes(context));
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(TokenValidation.rolesAsAuthorities()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    private static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize,
                              AccessRules.Rule rule) {
        var matcher = rule.method() == null ? authorize.requestMatchers(rule.pattern())
                : authorize.requestMatchers(rule.method(), rule.pattern());
        if (rule.anonymous()) {
            matcher.permitAll();
        } else if (rule.roles().isEmpty()) {
            matcher.authenticated();
        } else {
            matcher.hasAnyRole(rule.roles().toArray(String[]::new));
        }
    }

    @Bean
    WebMvcConfigurer callerArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    /** The OpenAPI document says every operation takes a bearer token, so Swagger UI can send one. */
    @Bean
    OpenApiCustomizer bearerTokens() {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components.addSecuritySchemes("bearer", new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
            openApi.setSecurity(List.of(new SecurityRequirement().addList("bearer")));
        };
    }

    private static RSAPublicKey publicKey(SecuritySettings settings) throws IOException, java.security.GeneralSecurityException {
        try (InputStream in = settings.publicKeyLocation().getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        }
    }

    /**
     * Runner health data: consents and partner links from identity events, and the object-level checks. Bean names
     * carry a platform prefix: a service may have beans of its own with the plain names (identity-service does).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "backstride.security.runner-data.enabled", havingValue = "true")
    static class RunnerDataConfiguration {

        @Bean
        RunnerConsents platformRunnerConsents(MongoTemplate mongo) {
            return new RunnerConsents(mongo);
        }

        @Bean
        PartnerLinks platformPartnerLinks(MongoTemplate mongo) {
            return new PartnerLinks(mongo);
        }

        @Bean
        RunnerAccess platformRunnerAccess(RunnerConsents consents, PartnerLinks partnerLinks) {
            return new RunnerAccess(consents, partnerLinks);
        }

        @Bean
        IdentityEventsListener platformIdentityEventsListener(Inbox inbox, JsonMapper json, RunnerConsents consents,
                                                      PartnerLinks partnerLinks) {
            return new IdentityEventsListener(inbox, json, consents, partnerLinks);
        }

        /** Declared here too, so this service can start and listen before identity-service has created them. */
        @Bean
        NewTopic identityConsentTopic(EventTopics topics) {
            return topics.runnerKeyed(IdentityEventsListener.CONSENT_TOPIC);
        }

        @Bean
        NewTopic identityPartnerLinkTopic(EventTopics topics) {
            return topics.runnerKeyed(IdentityEventsListener.PARTNER_LINK_TOPIC);
        }
    }
}
