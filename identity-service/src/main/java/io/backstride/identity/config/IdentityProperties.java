package io.backstride.identity.config;

import java.time.Duration;
import java.util.List;

import io.backstride.identity.domain.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Identity-service configuration (environment variables {@code IDENTITY_*}; see the README). */
@ConfigurationProperties("identity")
public record IdentityProperties(String issuer, String signingKey, Duration accessTokenTtl,
                                 @DefaultValue WebApp webApp, @DefaultValue Lockout lockout,
                                 @DefaultValue List<ServiceClient> serviceClients,
                                 @DefaultValue List<PartnerClient> partnerClients) {

    public record WebApp(@DefaultValue("backstride-web") String clientId, @DefaultValue List<String> redirectUris,
                         @DefaultValue List<String> postLogoutRedirectUris) {
    }

    public record Lockout(@DefaultValue("5") int freeAttempts, @DefaultValue("PT1M") Duration firstLock,
                          @DefaultValue("PT1H") Duration longestLock) {
    }

    /** A service or ops client (client credentials); its tokens carry these roles and, optionally, tenant. */
    public record ServiceClient(String clientId, String secret, List<Role> roles, String tenant) {
    }

    /** A partner app (confidential; authorization code with the runner's consent). */
    public record PartnerClient(String clientId, String name, String secret, List<String> redirectUris) {
    }
}
