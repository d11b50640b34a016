package io.backstride.platform.security;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.backstride.platform.events.IncomingEvent;
import io.backstride.platform.inbox.Inbox;
import io.backstride.platform.inbox.InvalidEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@link RunnerConsents} and {@link PartnerLinks} from identity-service's events (tolerant reader: only the
 * fields used). Idempotent through the inbox, and order-independent through the change times.
 */
public class IdentityEventsListener {

    public static final String CONSENT_TOPIC = "identity.consent.v1";
    public static final String PARTNER_LINK_TOPIC = "identity.partner-link.v1";
    static final String CONSENT_GIVEN = "backstride.identity.ConsentGiven.v1";
    static final String CONSENT_WITHDRAWN = "backstride.identity.ConsentWithdrawn.v1";
    static final String PARTNER_LINK_CHANGED = "backstride.identity.PartnerLinkChanged.v1";

    private final Inbox inbox;
    private final JsonMapper json;
    private final RunnerConsents consents;
    private final PartnerLinks partnerLinks;

    public IdentityEventsListener(Inbox inbox, JsonMapper json, RunnerConsents consents, PartnerLinks partnerLinks) {
        this.inbox = inbox;
        this.json = json;
        this.consents = consents;
        this.partnerLinks = partnerLinks;
    }

    @KafkaListener(topics = {CONSENT_TOPIC, PARTNER_LINK_TOPIC})
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.process(record, this::handle);
    }

    void handle(IncomingEvent event) {
        try {
            JsonNode payload = json.readTree(event.data());
            switch (event.type()) {
                case CONSENT_GIVEN -> consents.given(required(payload, "runnerId"), required(payload, "tenantId"),
                        required(payload, "consentVersion"), Instant.parse(required(payload, "givenAt")));
                case CONSENT_WITHDRAWN -> consents.withdrawn(required(payload, "runnerId"), required(payload, "tenantId"),
                        required(payload, "consentVersion"), Instant.parse(required(payload, "withdrawnAt")));
                case PARTNER_LINK_CHANGED -> partnerLinks.changed(required(payload, "runnerId"),
                        required(payload, "tenantId"), required(payload, "partnerClientId"),
                        "LINKED".equals(required(payload, "status")), scopes(payload),
                        Instant.parse(required(payload, "changedAt")));
                default -> {
                    // other identity events do not concern access here
                }
            }
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(event.type() + " " + event.id() + " has an unreadable time: " + e.getMessage());
        }
    }

    /** A text or number field as text (the consent version is a number in the schema, a name elsewhere). */
    private static String required(JsonNode payload, String field) {
        JsonNode value = payload.path(field);
        String text = value.isString() ? value.asString() : value.isNumber() ? value.asString() : null;
        if (text == null || text.isBlank()) {
            throw new InvalidEventException("the event has no " + field);
        }
        return text;
    }

    private static List<String> scopes(JsonNode payload) {
        List<String> scopes = new ArrayList<>();
        payload.path("scopes").forEach(scope -> scopes.add(scope.asString()));
        return scopes;
    }
}
