package io.backstride.identity.application;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.backstride.identity.domain.ClientKind;
import io.backstride.identity.domain.Role;
import io.backstride.identity.persistence.MongoRegisteredClientRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;

/** Registers (or updates, keyed by client id) the OAuth2 clients Backstride knows. Secrets are stored hashed. */
@Service
public class ClientRegistrations {

    /** The scopes a partner app can ask a runner for. */
    public static final List<String> PARTNER_SCOPES = List.of("runner.read", "runner.write");

    private final RegisteredClientRepository clients;
    private final PasswordEncoder passwords;
    private final Duration accessTokenTtl;
    private final Duration refreshTokenTtl;

    public ClientRegistrations(RegisteredClientRepository clients, PasswordEncoder passwords,
                               @Value("${identity.access-token-ttl}") Duration accessTokenTtl,
                               @Value("${identity.refresh-token-ttl}") Duration refreshTokenTtl) {
        this.clients = clients;
        this.passwords = passwords;
        this.accessTokenTtl = accessTokenTtl;
        this.refreshTokenTtl = refreshTokenTtl;
    }

    /** The runner web app: public client, authorization code with PKCE, no consent screen (it is ours). */
    public void webApp(String clientId, List<String> redirectUris, List<String> postLogoutRedirectUris) {
        save(builder(clientId, "Backstride", ClientKind.WEB_APP)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(u -> u.addAll(redirectUris))
                .postLogoutRedirectUris(u -> u.addAll(postLogoutRedirectUris))
                .scopes(s -> s.addAll(List.of(OidcScopes.OPENID, OidcScopes.PROFILE)))
                .clientSettings(settings(ClientKind.WEB_APP, true, false, List.of(), null)));
    }

    /** A service or ops tool: client credentials, with the roles (and tenant) its tokens carry. */
    public void service(String clientId, String secret, List<Role> roles, String tenantId) {
        if (roles.contains(Role.RUNNER) || roles.contains(Role.PARTNER)) {
            throw new IllegalArgumentException("service client " + clientId + " cannot have role RUNNER or PARTNER");
        }
        save(builder(clientId, clientId, ClientKind.SERVICE)
                .clientSecret(passwords.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(settings(ClientKind.SERVICE, false, false, roles.stream().map(Role::name).toList(), tenantId)));
    }

    /** A partner app: confidential, authorization code (+PKCE) and refresh tokens, consent screen required. */
    public void partner(String clientId, String name, String secret, List<String> redirectUris) {
        save(builder(clientId, name, ClientKind.PARTNER)
                .clientSecret(passwords.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(u -> u.addAll(redirectUris))
                .scopes(s -> {
                    s.add(OidcScopes.OPENID);
                    s.addAll(PARTNER_SCOPES);
                })
                .clientSettings(settings(ClientKind.PARTNER, false, true, List.of(), null)));
    }

    private RegisteredClient.Builder builder(String clientId, String name, ClientKind kind) {
        RegisteredClient existing = clients.findByClientId(clientId);
        return RegisteredClient.withId(existing == null ? UUID.randomUUID().toString() : existing.getId())
                .clientId(clientId)
                .clientIdIssuedAt(existing == null ? null : existing.getClientIdIssuedAt())
                .clientName(name)
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(accessTokenTtl)
                        .refreshTokenTimeToLive(refreshTokenTtl)
                        .reuseRefreshTokens(false)
                        .build());
    }

    private static ClientSettings settings(ClientKind kind, boolean pkce, boolean consent, List<String> roles, String tenant) {
        ClientSettings.Builder builder = ClientSettings.builder().requireProofKey(pkce).requireAuthorizationConsent(consent)
                .setting(MongoRegisteredClientRepository.KIND, kind.name())
                .setting(MongoRegisteredClientRepository.ROLES, roles);
        if (tenant != null) {
            builder.setting(MongoRegisteredClientRepository.TENANT, tenant);
        }
        return builder.build();
    }

    private void save(RegisteredClient.Builder builder) {
        clients.save(builder.build());
    }
}
