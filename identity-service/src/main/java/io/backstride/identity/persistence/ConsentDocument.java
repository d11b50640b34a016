package io.backstride.identity.persistence;

import java.util.ArrayList;
import java.util.List;

import io.backstride.identity.domain.HealthDataConsent;
import io.backstride.platform.outbox.Outbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A runner's health-data consent (bounded history) with its pending events, one document per runner. */
@Document("consents")
public class ConsentDocument {

    @Id
    private String runnerId;
    @Version
    private Long version;
    @Indexed
    private String tenantId;
    private String accountId;
    private List<HealthDataConsent.Entry> history = new ArrayList<>();
    private Outbox outbox = new Outbox();

    protected ConsentDocument() {
    }

    public ConsentDocument(String runnerId, String tenantId, String accountId) {
        this.runnerId = runnerId;
        this.tenantId = tenantId;
        this.accountId = accountId;
    }

    public HealthDataConsent consent() {
        return new HealthDataConsent(history);
    }

    public void update(HealthDataConsent consent) {
        this.history = new ArrayList<>(consent.history());
    }

    public String getRunnerId() { return runnerId; }
    public String getTenantId() { return tenantId; }
    public String getAccountId() { return accountId; }
    public Outbox getOutbox() { return outbox; }
}
