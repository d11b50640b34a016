package io.backstride.identity.persistence;

import java.security.Principal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.jackson.SecurityJacksonModules;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * OAuth2 authorizations in MongoDB (one document each, no transactions needed). The signed-in principal is
 * stored in a reduced form — its name and role authorities — which is all token issuing needs, and keeps
 * sign-in details and credentials out of the database.
 */
@Component
public class MongoAuthorizationService implements OAuth2AuthorizationService {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final AuthorizationRepository authorizations;
    private final RegisteredClientRepository clients;
    private final JsonMapper json = JsonMapper.builder()
            .addModules(SecurityJacksonModules.getModules(MongoAuthorizationService.class.getClassLoader()))
            .build();

    public MongoAuthorizationService(AuthorizationRepository authorizations, RegisteredClientRepository clients) {
        this.authorizations = authorizations;
        this.clients = clients;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        authorizations.save(toDocument(authorization));
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        authorizations.deleteById(authorization.getId());
    }

    /** Removes every authorization a principal gave a client: its refresh tokens stop working at once. */
    public int removeAll(String principalName, String registeredClientId) {
        List<AuthorizationDocument> found = authorizations.findByPrincipalNameAndRegisteredClientId(principalName, registeredClientId);
        authorizations.deleteAll(found);
        return found.size();
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return authorizations.findById(id).map(this::toAuthorization).orElse(null);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        String hash = TokenHashes.sha256(token);
        Optional<AuthorizationDocument> found;
        if (tokenType == null) {
            found = Stream.of(authorizations.findFirstByStateHash(hash), authorizations.findFirstByCodeHash(hash),
                            authorizations.findFirstByAccessTokenHash(hash), authorizations.findFirstByIdTokenHash(hash),
                            authorizations.findFirstByRefreshTokenHash(hash))
                    .flatMap(Optional::stream).findFirst();
        } else if (OAuth2ParameterNames.STATE.equals(tokenType.getValue())) {
            found = authorizations.findFirstByStateHash(hash);
        } else if (OAuth2ParameterNames.CODE.equals(tokenType.getValue())) {
            found = authorizations.findFirstByCodeHash(hash);
        } else if (OAuth2TokenType.ACCESS_TOKEN.equals(tokenType)) {
            found = authorizations.findFirstByAccessTokenHash(hash);
        } else if (OidcParameterNames.ID_TOKEN.equals(tokenType.getValue())) {
            found = authorizations.findFirstByIdTokenHash(hash);
        } else if (OAuth2TokenType.REFRESH_TOKEN.equals(tokenType)) {
            found = authorizations.findFirstByRefreshTokenHash(hash);
        } else {
            found = Optional.empty();
        }
        return found.map(this::toAuthorization).orElse(null);
    }

    private AuthorizationDocument toDocument(OAuth2Authorization authorization) {
        AuthorizationDocument d = new AuthorizationDocument();
        d.setId(authorization.getId());
        d.setRegisteredClientId(authorization.getRegisteredClientId());
        d.setPrincipalName(authorization.getPrincipalName());
        d.setGrantType(authorization.getAuthorizationGrantType().getValue());
        d.setAuthorizedScopes(List.copyOf(authorization.getAuthorizedScopes()));
        Map<String, Object> attributes = new HashMap<>(authorization.getAttributes());
        attributes.computeIfPresent(Principal.class.getName(), (k, principal) -> reduced((Authentication) principal));
        d.setAttributes(json.writeValueAsString(attributes));
        String state = authorization.getAttribute(OAuth2ParameterNames.STATE);
        d.setState(state);
        d.setStateHash(TokenHashes.sha256(state));
        d.setAuthorizationCode(stored(authorization.getToken(OAuth2AuthorizationCode.class)));
        d.setCodeHash(hashOf(authorization.getToken(OAuth2AuthorizationCode.class)));
        OAuth2Authorization.Token<OAuth2AccessToken> access = authorization.getAccessToken();
        d.setAccessToken(stored(access));
        d.setAccessTokenHash(hashOf(access));
        if (access != null) {
            d.setAccessTokenType(access.getToken().getTokenType().getValue());
            d.setAccessTokenScopes(List.copyOf(access.getToken().getScopes()));
        }
        d.setIdToken(stored(authorization.getToken(OidcIdToken.class)));
        d.setIdTokenHash(hashOf(authorization.getToken(OidcIdToken.class)));
        d.setRefreshToken(stored(authorization.getRefreshToken()));
        d.setRefreshTokenHash(hashOf(authorization.getRefreshToken()));
        d.setExpiresAt(Stream.of(d.getAuthorizationCode(), d.getAccessToken(), d.getIdToken(), d.getRefreshToken())
                .filter(Objects::nonNull).map(AuthorizationDocument.StoredToken::expiresAt).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null));
        return d;
    }

    /**
     * Name, roles and how and when the person signed in (factor authorities, for {@code auth_time}): enough for
     * token issuing, nothing that can be replayed.
     */
    private static Authentication reduced(Authentication principal) {
        List<GrantedAuthority> roles = principal.getAuthorities().stream()
                .filter(a -> a instanceof FactorGrantedAuthority || (a.getAuthority() != null && a.getAuthority().startsWith("ROLE_")))
                .map(a -> a instanceof FactorGrantedAuthority ? a : (GrantedAuthority) new SimpleGrantedAuthority(a.getAuthority()))
                .toList();
        User user = new User(principal.getName(), "", roles);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, roles);
    }

    private AuthorizationDocument.StoredToken stored(OAuth2Authorization.Token<? extends OAuth2Token> token) {
        if (token == null) {
            return null;
        }
        OAuth2Token value = token.getToken();
        return new AuthorizationDocument.StoredToken(value.getTokenValue(), value.getIssuedAt(), value.getExpiresAt(),
                json.writeValueAsString(token.getMetadata()));
    }

    private static String hashOf(OAuth2Authorization.Token<? extends OAuth2Token> token) {
        return token == null ? null : TokenHashes.sha256(token.getToken().getTokenValue());
    }

    @SuppressWarnings("unchecked")
    private OAuth2Authorization toAuthorization(AuthorizationDocument d) {
        RegisteredClient client = clients.findById(d.getRegisteredClientId());
        if (client == null) {
            throw new DataRetrievalFailureException("registered client " + d.getRegisteredClientId() + " no longer exists");
        }
        Map<String, Object> attributes = read(d.getAttributes());
        OAuth2Authorization.Builder builder = OAuth2Authorization.withRegisteredClient(client)
                .id(d.getId())
                .principalName(d.getPrincipalName())
                .authorizationGrantType(new AuthorizationGrantType(d.getGrantType()))
                .authorizedScopes(java.util.Set.copyOf(d.getAuthorizedScopes()))
                .attributes(a -> a.putAll(attributes));
        if (d.getState() != null) {
            builder.attribute(OAuth2ParameterNames.STATE, d.getState());
        }
        AuthorizationDocument.StoredToken code = d.getAuthorizationCode();
        if (code != null) {
            builder.token(new OAuth2AuthorizationCode(code.value(), code.issuedAt(), code.expiresAt()),
                    m -> m.putAll(read(code.metadata())));
        }
        AuthorizationDocument.StoredToken access = d.getAccessToken();
        if (access != null) {
            OAuth2AccessToken.TokenType type = OAuth2AccessToken.TokenType.DPOP.getValue().equalsIgnoreCase(d.getAccessTokenType())
                    ? OAuth2AccessToken.TokenType.DPOP : OAuth2AccessToken.TokenType.BEARER;
            builder.token(new OAuth2AccessToken(type, access.value(), access.issuedAt(), access.expiresAt(),
                    java.util.Set.copyOf(d.getAccessTokenScopes())), m -> m.putAll(read(access.metadata())));
        }
        AuthorizationDocument.StoredToken id = d.getIdToken();
        if (id != null) {
            Map<String, Object> metadata = read(id.metadata());
            builder.token(new OidcIdToken(id.value(), id.issuedAt(), id.expiresAt(),
                    (Map<String, Object>) metadata.get(OAuth2Authorization.Token.CLAIMS_METADATA_NAME)), m -> m.putAll(metadata));
        }
        AuthorizationDocument.StoredToken refresh = d.getRefreshToken();
        if (refresh != null) {
            builder.token(new OAuth2RefreshToken(refresh.value(), refresh.issuedAt(), refresh.expiresAt()),
                    m -> m.putAll(read(refresh.metadata())));
        }
        return builder.build();
    }

    private Map<String, Object> read(String value) {
        return value == null ? Map.of() : json.readValue(value, MAP);
    }
}
