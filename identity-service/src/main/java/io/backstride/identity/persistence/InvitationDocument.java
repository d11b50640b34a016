package io.backstride.identity.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An invitation of one runner account; the token itself is only in the mail, here is its SHA-256. */
@Document("invitations")
public class InvitationDocument {

    @Id
    private String tokenHash;
    @Version
    private Long version;
    @Indexed
    private String accountId;
    private String tenantId;
    private String runnerId;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;
    private String invitedBy;

    protected InvitationDocument() {
    }

    public InvitationDocument(String tokenHash, String accountId, String tenantId, String runnerId, Instant createdAt,
                              Instant expiresAt, String invitedBy) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.tenantId = tenantId;
        this.runnerId = runnerId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.invitedBy = invitedBy;
    }

    public void markUsed(Instant at) {
        this.usedAt = at;
    }

    public String getTokenHash() { return tokenHash; }
    public String getAccountId() { return accountId; }
    public String getTenantId() { return tenantId; }
    public String getRunnerId() { return runnerId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
    public String getInvitedBy() { return invitedBy; }
}
