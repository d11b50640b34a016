package io.backstride.identity.persistence;

import java.util.List;

import io.backstride.identity.domain.ClientKind;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/** Registered clients in MongoDB. Backstride's own facts about a client travel as client settings. */
@Component
public class MongoRegisteredClientRepository implements RegisteredClientRepository {

    /** Client setting: the {@link ClientKind} name. */
    public static final String KIND = "backstride.kind";
    /** Client setting: the roles of a service client's tokens (List of String). */
    public static final String ROLES = "backstride.roles";
    /** Client setting: the tenant of a service client's tokens (String, may be absent). */
    public static final String TENANT = "backstride.tenant";

    private final ClientRepository clients;

    public MongoRegisteredClientRepository(ClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public void save(RegisteredClient client) {
        ClientDocument document = clients.findById(client.getId())
                .orElseGet(() -> new ClientDocument(client.getId(), client.getClientId(), client.getClientIdIssuedAt()));
        document.setClientName(client.getClientName());
        String kind = client.getClientSettings().getSetting(KIND);
        document.setKind(kind == null ? ClientKind.SERVICE : ClientKind.valueOf(kind));
        document.setSecretHash(client.getClientSecret());
        document.setAuthenticationMethods(client.getClientAuthenticationMethods().stream().map(ClientAuthenticationMethod::getValue).toList());
        document.setGrantTypes(client.getAuthorizationGrantTypes().stream().map(AuthorizationGrantType::getValue).toList());
        document.setRedirectUris(List.copyOf(client.getRedirectUris()));
        document.setPostLogoutRedirectUris(List.copyOf(client.getPostLogoutRedirectUris()));
        document.setScopes(List.copyOf(client.getScopes()));
        document.setRequireProofKey(client.getClientSettings().isRequireProofKey());
        document.setRequireConsent(client.getClientSettings().isRequireAuthorizationConsent());
        document.setAccessTokenTtl(client.getTokenSettings().getAccessTokenTimeToLive());
        document.setRefreshTokenTtl(client.getTokenSettings().getRefreshTokenTimeToLive());
        List<String> roles = client.getClientSettings().getSetting(ROLES);
        document.setRoles(roles == null ? List.of() : roles);
        document.setTenantId(client.getClientSettings().getSetting(TENANT));
        clients.save(document);
    }

    @Override
    public RegisteredClient findById(String id) {
        return clients.findById(id).map(MongoRegisteredClientRepository::toClient).orElse(null);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return clients.findByClientId(clientId).map(MongoRegisteredClientRepository::toClient).orElse(null);
    }

    private static RegisteredClient toClient(ClientDocument d) {
        ClientSettings.Builder settings = ClientSettings.builder()
                .requireProofKey(d.isRequireProofKey())
                .requireAuthorizationConsent(d.isRequireConsent())
                .setting(KIND, d.getKind().name())
                .setting(ROLES, List.copyOf(d.getRoles()));
        if (d.getTenantId() != null) {
            settings.setting(TENANT, d.getTenantId());
        }
        return RegisteredClient.withId(d.getId())
                .clientId(d.getClientId())
                .clientIdIssuedAt(d.getIssuedAt())
                .clientSecret(d.getSecretHash())
                .clientName(d.getClientName())
                .clientAuthenticationMethods(m -> d.getAuthenticationMethods().forEach(v -> m.add(new ClientAuthenticationMethod(v))))
                .authorizationGrantTypes(g -> d.getGrantTypes().forEach(v -> g.add(new AuthorizationGrantType(v))))
                .redirectUris(u -> u.addAll(d.getRedirectUris()))
                .postLogoutRedirectUris(u -> u.addAll(d.getPostLogoutRedirectUris()))
                .scopes(s -> s.addAll(d.getScopes()))
                .clientSettings(settings.build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(d.getAccessTokenTtl())
                        .refreshTokenTimeToLive(d.getRefreshTokenTtl())
                        .reuseRefreshTokens(false)
                        .build())
                .build();
    }
}
