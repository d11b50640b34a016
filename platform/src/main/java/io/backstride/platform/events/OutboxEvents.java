package io.backstride.platform.events;

import java.time.Clock;
import java.util.UUID;

import io.backstride.platform.web.RequestIds;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates the outbox entries a service stores with its state changes: a fresh UUID, this service's
 * {@code source}, the current time and the request id being handled.
 */
public final class OutboxEvents {

    private final String source;
    private final JsonMapper json;
    private final Clock clock;

    public OutboxEvents(String source, JsonMapper json, Clock clock) {
        this.source = source;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param topic   the topic, {@code <service>.<aggregate>.v<N>}
     * @param type    the event type, {@code backstride.<service>.<Event>.v<N>}
     * @param key     the aggregate id (record key and CloudEvents subject)
     * @param payload a record made for the event (never a stored document); serialised to JSON
     */
    public OutboxEvent create(String topic, String type, String key, Object payload) {
        return new OutboxEvent(UUID.randomUUID().toString(), topic, key, type, source, key, clock.instant(),
                json.writeValueAsString(payload), RequestIds.current());
    }
}
