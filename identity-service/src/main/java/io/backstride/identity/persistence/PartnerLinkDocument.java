package io.backstride.identity.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.backstride.platform.outbox.Outbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A runner's link with one partner app (id {@code <runnerId>:<clientId>}), with its pending events. */
@Document("partner_links")
public class PartnerLinkDocument {

    public static final String LINKED = "LINKED";
    public static final String REVOKED = "REVOKED";

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed
    private String runnerId;
    private String tenantId;
    private String accountId;
    private String clientId;
    private String registeredClientId;
    private String clientName;
    private List<String> scopes = new ArrayList<>();
    private String status;
    private Instant linkedAt;
    private Instant revokedAt;
    private Outbox outbox = new Outbox();

    protected PartnerLinkDocument() {
    }

    public PartnerLinkDocument(String runnerId, String tenantId, String accountId, String clientId,
                               String registeredClientId, String clientName) {
        this.id = idOf(runnerId, clientId);
        this.runnerId = runnerId;
        this.tenantId = tenantId;
        this.accountId = accountId;
        this.clientId = clientId;
        this.registeredClientId = registeredClientId;
        this.clientName = clientName;
    }

    public static String idOf(String runnerId, String clientId) {
        return runnerId + ":" + clientId;
    }

    public void link(List<String> scopes, Instant at) {
        this.scopes = new ArrayList<>(scopes);
        this.status = LINKED;
        this.linkedAt = at;
        this.revokedAt = null;
    }

    public void revoke(Instant at) {
        this.status = REVOKED;
        this.revokedAt = at;
    }

    public boolean isLinked() {
        return LINKED.equals(status);
    }

    public String getId() { return id; }
    public String getRunnerId() { return runnerId; }
    public String getTenantId() { return tenantId; }
    public String getAccountId() { return accountId; }
    public String getClientId() { return clientId; }
    public String getRegisteredClientId() { return registeredClientId; }
    public String getClientName() { return clientName; }
    public List<String> getScopes() { return scopes; }
    public String getStatus() { return status; }
    public Instant getLinkedAt() { return linkedAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public Outbox getOutbox() { return outbox; }
}
