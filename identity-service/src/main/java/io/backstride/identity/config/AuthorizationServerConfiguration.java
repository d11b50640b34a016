package io.backstride.identity.config;

import java.time.Clock;
import java.util.Arrays;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.backstride.identity.application.ClientRegistrations;
import io.backstride.identity.domain.SignInThrottle;
import io.backstride.identity.persistence.SigningKeyRepository;
import org.apache.kafka.clients.admin.NewTopic;
import io.backstride.identity.messaging.IdentityEvents;
import io.backstride.platform.events.EventTopics;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import io.backstride.identity.application.TokenClaims;
import io.backstride.platform.security.TokenValidation;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.context.ApplicationEventPublisher;

/** Keys, issuer, clients and topics of the authorization server. */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(IdentityProperties properties, SigningKeyRepository keys, Clock clock,
                                         Environment environment) {
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains("production");
        if (production && (properties.signingKey() == null || properties.signingKey().isBlank())) {
            throw new IllegalStateException("profile 'production' needs IDENTITY_SIGNING_KEY");
        }
        return new ImmutableJWKSet<>(new JWKSet(SigningKeys.load(properties.signingKey(), keys, clock)));
    }

    /** Validates this server's own tokens for its own APIs (and the OIDC user info endpoint). */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys, IdentityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        decoder.setJwtValidator(TokenValidation.validator(properties.issuer(), TokenClaims.API_AUDIENCE));
        return decoder;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // bcrypt now, argon2/older hashes still verify
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }

    @Bean
    SignInThrottle signInThrottle(IdentityProperties properties) {
        var lockout = properties.lockout();
        return new SignInThrottle(lockout.freeAttempts(), lockout.firstLock(), lockout.longestLock());
    }

    @Bean
    NewTopic consentTopic(EventTopics topics) {
        return topics.runnerKeyed(IdentityEvents.CONSENT_TOPIC);
    }

    @Bean
    NewTopic partnerLinkTopic(EventTopics topics) {
        return topics.runnerKeyed(IdentityEvents.PARTNER_LINK_TOPIC);
    }

    /** The clients named in configuration are registered (or updated) at every start. */
    @Bean
    ApplicationRunner configuredClients(IdentityProperties properties, ClientRegistrations registrations) {
        return args -> {
            var web = properties.webApp();
            registrations.webApp(web.clientId(), web.redirectUris(), web.postLogoutRedirectUris());
            properties.serviceClients().forEach(c -> registrations.service(c.clientId(), c.secret(), c.roles(), c.tenant()));
            properties.partnerClients().forEach(c -> registrations.partner(c.clientId(), c.name(), c.secret(), c.redirectUris()));
        };
    }
}
