package io.backstride.identity.application;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.backstride.identity.domain.AccountStatus;
import io.backstride.identity.domain.Role;
import io.backstride.identity.persistence.MongoRegisteredClientRepository;
import io.backstride.platform.security.SecuritySettings;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * The Backstride claims of access and ID tokens. People: {@code sub} (account id), {@code tenant},
 * {@code roles}, and {@code runner_id} for runners — read from the account at every issue, so a refresh
 * carries role changes and a disabled account gets no new tokens. Partner apps: the runner's {@code sub},
 * {@code tenant} and {@code runner_id}, the single role PARTNER and the partner's {@code client_id}, and only
 * while the runner's link stands. Service clients: their configured roles (and tenant). List claims are
 * mutable lists: stored token metadata is read back through Spring Security's allow-listed JSON types.
 */
@Component
public class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    // the claim names every resource server reads (one copy: the platform's)
    public static final String TENANT = io.backstride.platform.security.Caller.TENANT_CLAIM;
    public static final String ROLES = io.backstride.platform.security.Caller.ROLES_CLAIM;
    public static final String RUNNER_ID = io.backstride.platform.security.Caller.RUNNER_ID_CLAIM;
    public static final String CLIENT_ID = io.backstride.platform.security.Caller.CLIENT_ID_CLAIM;
    /** The audience every access token carries besides its client: the Backstride APIs, checked by the gateway and services. */
    public static final String API_AUDIENCE = SecuritySettings.DEFAULT_AUDIENCE;

    private final Accounts accounts;
    private final PartnerLinks partnerLinks;

    public TokenClaims(Accounts accounts, PartnerLinks partnerLinks) {
        this.accounts = accounts;
        this.partnerLinks = partnerLinks;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        RegisteredClient client = context.getRegisteredClient();
        JwtClaimsSet.Builder claims = context.getClaims();
        claims.claim(CLIENT_ID, client.getClientId());
        if (accessToken) {
            claims.audience(new ArrayList<>(List.of(client.getClientId(), API_AUDIENCE)));
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            List<String> roles = client.getClientSettings().getSetting(MongoRegisteredClientRepository.ROLES);
            claims.claim(ROLES, roles == null ? new ArrayList<>() : new ArrayList<>(roles));
            String tenant = client.getClientSettings().getSetting(MongoRegisteredClientRepository.TENANT);
            if (tenant != null) {
                claims.claim(TENANT, tenant);
            }
            return;
        }
        Accounts.Account account = accounts.byId(context.getPrincipal().getName())
                .filter(a -> a.status() == AccountStatus.ACTIVE)
                .orElseThrow(() -> refused(OAuth2ErrorCodes.INVALID_GRANT, "the account is not active"));
        if (PartnerLinks.isPartner(client)) {
            if (!account.isRunner() || !partnerLinks.isLinked(account.runnerId(), client.getClientId())) {
                throw refused(OAuth2ErrorCodes.ACCESS_DENIED, "a partner app acts only for runners who linked it");
            }
            claims.claim(ROLES, new ArrayList<>(List.of(Role.PARTNER.name())));
        } else {
            claims.claim(ROLES, account.roles().stream().map(Role::name).sorted().collect(Collectors.toCollection(ArrayList::new)));
        }
        if (account.tenantId() != null) {
            claims.claim(TENANT, account.tenantId());
        }
        if (account.isRunner()) {
            claims.claim(RUNNER_ID, account.runnerId());
        }
    }

    private static OAuth2AuthenticationException refused(String code, String reason) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, reason, null));
    }
}
