package io.backstride.identity.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.backstride.identity.domain.ClientKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A registered OAuth2 client with explicit fields (not serialised settings maps), so the stored form stays
 * readable and free of Java type names.
 */
@Document("clients")
public class ClientDocument {

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed(unique = true)
    private String clientId;
    private String clientName;
    private ClientKind kind;
    private String secretHash;
    private Instant issuedAt;
    private List<String> authenticationMethods = new ArrayList<>();
    private List<String> grantTypes = new ArrayList<>();
    private List<String> redirectUris = new ArrayList<>();
    private List<String> postLogoutRedirectUris = new ArrayList<>();
    private List<String> scopes = new ArrayList<>();
    private boolean requireProofKey;
    private boolean requireConsent;
    private Duration accessTokenTtl;
    private Duration refreshTokenTtl;
    /** Service clients only: the roles and tenant their client-credentials tokens carry. */
    private List<String> roles = new ArrayList<>();
    private String tenantId;

    protected ClientDocument() {
    }

    public ClientDocument(String id, String clientId, Instant issuedAt) {
        this.id = id;
        this.clientId = clientId;
        this.issuedAt = issuedAt;
    }

    public String getId() { return id; }
    public String getClientId() { return clientId; }
    public String getClientName() { return clientName; }
    public void setClientName(String clientName) { this.clientName = clientName; }
    public ClientKind getKind() { return kind; }
    public void setKind(ClientKind kind) { this.kind = kind; }
    public String getSecretHash() { return secretHash; }
    public void setSecretHash(String secretHash) { this.secretHash = secretHash; }
    public Instant getIssuedAt() { return issuedAt; }
    public List<String> getAuthenticationMethods() { return authenticationMethods; }
    public void setAuthenticationMethods(List<String> v) { this.authenticationMethods = new ArrayList<>(v); }
    public List<String> getGrantTypes() { return grantTypes; }
    public void setGrantTypes(List<String> v) { this.grantTypes = new ArrayList<>(v); }
    public List<String> getRedirectUris() { return redirectUris; }
    public void setRedirectUris(List<String> v) { this.redirectUris = new ArrayList<>(v); }
    public List<String> getPostLogoutRedirectUris() { return postLogoutRedirectUris; }
    public void setPostLogoutRedirectUris(List<String> v) { this.postLogoutRedirectUris = new ArrayList<>(v); }
    public List<String> getScopes() { return scopes; }
    public void setScopes(List<String> v) { this.scopes = new ArrayList<>(v); }
    public boolean isRequireProofKey() { return requireProofKey; }
    public void setRequireProofKey(boolean v) { this.requireProofKey = v; }
    public boolean isRequireConsent() { return requireConsent; }
    public void setRequireConsent(boolean v) { this.requireConsent = v; }
    public Duration getAccessTokenTtl() { return accessTokenTtl; }
    public void setAccessTokenTtl(Duration v) { this.accessTokenTtl = v; }
    public Duration getRefreshTokenTtl() { return refreshTokenTtl; }
    public void setRefreshTokenTtl(Duration v) { this.refreshTokenTtl = v; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> v) { this.roles = new ArrayList<>(v); }
    public String getTenantId() { return tenantId; }
    public void setTenantId(String tenantId) { this.tenantId = tenantId; }
}
