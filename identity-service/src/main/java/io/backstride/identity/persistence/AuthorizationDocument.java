package io.backstride.identity.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An OAuth2 authorization (one grant of one client for one principal) with its tokens. Tokens are found by
 * the SHA-256 of their value; attributes and token metadata are JSON written by Spring Security's own
 * allow-listed Jackson modules.
 */
@Document("authorizations")
@CompoundIndex(name = "principal_client", def = "{'principalName': 1, 'registeredClientId': 1}")
public class AuthorizationDocument {

    @Id
    private String id;
    private String registeredClientId;
    private String principalName;
    private String grantType;
    private List<String> authorizedScopes = new ArrayList<>();
    private String attributes;
    @Indexed(sparse = true)
    private String stateHash;
    private String state;
    private StoredToken authorizationCode;
    private StoredToken accessToken;
    private String accessTokenType;
    private List<String> accessTokenScopes = new ArrayList<>();
    private StoredToken idToken;
    private StoredToken refreshToken;
    @Indexed(sparse = true)
    private String codeHash;
    @Indexed(sparse = true)
    private String accessTokenHash;
    @Indexed(sparse = true)
    private String idTokenHash;
    @Indexed(sparse = true)
    private String refreshTokenHash;
    /** When the last of its tokens expires: a TTL clean-up can go by this. */
    private Instant expiresAt;

    public record StoredToken(String value, Instant issuedAt, Instant expiresAt, String metadata) {
    }

    public AuthorizationDocument() {
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRegisteredClientId() { return registeredClientId; }
    public void setRegisteredClientId(String v) { this.registeredClientId = v; }
    public String getPrincipalName() { return principalName; }
    public void setPrincipalName(String v) { this.principalName = v; }
    public String getGrantType() { return grantType; }
    public void setGrantType(String v) { this.grantType = v; }
    public List<String> getAuthorizedScopes() { return authorizedScopes; }
    public void setAuthorizedScopes(List<String> v) { this.authorizedScopes = new ArrayList<>(v); }
    public String getAttributes() { return attributes; }
    public void setAttributes(String v) { this.attributes = v; }
    public String getStateHash() { return stateHash; }
    public void setStateHash(String v) { this.stateHash = v; }
    public String getState() { return state; }
    public void setState(String v) { this.state = v; }
    public StoredToken getAuthorizationCode() { return authorizationCode; }
    public void setAuthorizationCode(StoredToken v) { this.authorizationCode = v; }
    public StoredToken getAccessToken() { return accessToken; }
    public void setAccessToken(StoredToken v) { this.accessToken = v; }
    public String getAccessTokenType() { return accessTokenType; }
    public void setAccessTokenType(String v) { this.accessTokenType = v; }
    public List<String> getAccessTokenScopes() { return accessTokenScopes; }
    public void setAccessTokenScopes(List<String> v) { this.accessTokenScopes = new ArrayList<>(v); }
    public StoredToken getIdToken() { return idToken; }
    public void setIdToken(StoredToken v) { this.idToken = v; }
    public StoredToken getRefreshToken() { return refreshToken; }
    public void setRefreshToken(StoredToken v) { this.refreshToken = v; }
    public String getCodeHash() { return codeHash; }
    public void setCodeHash(String v) { this.codeHash = v; }
    public String getAccessTokenHash() { return accessTokenHash; }
    public void setAccessTokenHash(String v) { this.accessTokenHash = v; }
    public String getIdTokenHash() { return idTokenHash; }
    public void setIdTokenHash(String v) { this.idTokenHash = v; }
    public String getRefreshTokenHash() { return refreshTokenHash; }
    public void setRefreshTokenHash(String v) { this.refreshTokenHash = v; }
    public Instant getExpiresAt() { return expiresAt; }
    public void setExpiresAt(Instant v) { this.expiresAt = v; }
}
