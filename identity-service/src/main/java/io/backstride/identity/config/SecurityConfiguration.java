package io.backstride.identity.config;

import java.time.Duration;

import io.backstride.identity.application.PartnerApprovals;
import io.backstride.identity.persistence.MongoAuthorizationService;
import io.backstride.platform.security.SecurityProblems;
import io.backstride.platform.security.TokenValidation;
import io.backstride.platform.security.UnmappedRoutes;
import io.backstride.identity.web.SignInLinkSender;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.ott.DefaultGenerateOneTimeTokenRequestResolver;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;


/**
 * Three filter chains: the authorization server's endpoints; the JSON APIs, actuator and OpenAPI (bearer
 * tokens, stateless, problem details for 401/403); and the browser pages (sign-in with password or emailed
 * link, invitation acceptance, consent screen) with a session and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] ORGANISERS = {"PLATFORM_ADMIN", "ORGANISER_ADMIN", "ORGANISER_STAFF"};

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http, RegisteredClientRepository clients,
                                            MongoAuthorizationService authorizations, PartnerApprovals approvals) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.registeredClientRepository(clients)
                            .authorizationService(authorizations)
                            .authorizationConsentService(approvals)
                            .authorizationEndpoint(endpoint -> endpoint.consentPage("/oauth2/consent"))
                            .oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apis(HttpSecurity http, SecurityProblems problems, ApplicationContext context) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole("OPS")
                        .requestMatchers(HttpMethod.GET, "/api/v1/identity/consent/current").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/identity/invitations/acceptance").permitAll()
                        .requestMatchers("/api/v1/identity/me/**").hasRole("RUNNER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/identity/tenants/*/invitations").hasAnyRole(ORGANISERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/identity/audit").hasAnyRole("PLATFORM_ADMIN", "OPS")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/identity/accounts/*/roles").hasRole("PLATFORM_ADMIN")
                        .anyRequest().access(new UnmappedRoutes(context)))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(TokenValidation.rolesAsAuthorities()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, SignInLinkSender signInLinks,
                              @Value("${identity.sign-in-link-validity}") Duration linkValidity) throws Exception {
        DefaultGenerateOneTimeTokenRequestResolver linkRequests = new DefaultGenerateOneTimeTokenRequestResolver();
        linkRequests.setExpiresIn(linkValidity);
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/login", "/login/**", "/invitations/accept", "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureUrl("/login?error"))
                .oneTimeTokenLogin(ott -> ott
                        .loginPage("/login")
                        .loginProcessingUrl("/login/ott")
                        .generateRequestResolver(linkRequests)
                        .tokenGenerationSuccessHandler(signInLinks))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
        return http.build();
    }
}
