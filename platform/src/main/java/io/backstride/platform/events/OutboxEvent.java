package io.backstride.platform.events;

import java.time.Instant;
import java.util.Objects;

/**
 * An event waiting in an aggregate's outbox: everything needed to publish it as a CloudEvent later,
 * stored in the same document (and the same single-document write) as the state change that caused it.
 *
 * @param id        CloudEvents {@code id}, a UUID; consumers use it as the idempotency key
 * @param topic     Kafka topic, {@code <service>.<aggregate>.v<N>}
 * @param key       record key: the aggregate id (the runner id for runner data) so one key's events stay in order
 * @param type      CloudEvents {@code type}, {@code backstride.<service>.<Event>.v<N>}
 * @param source    CloudEvents {@code source}
 * @param subject   CloudEvents {@code subject}: the aggregate id
 * @param time      when the state change happened
 * @param payload   the JSON payload
 * @param requestId the request that caused the change, carried as the {@code requestid} extension
 */
public record OutboxEvent(String id, String topic, String key, String type, String source, String subject,
                          Instant time, String payload, String requestId) {

    public OutboxEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(payload, "payload");
    }
}
