package io.backstride.platform.events;

import java.time.OffsetDateTime;

/**
 * A CloudEvent read from a Kafka record. Consumers read only the fields they need from {@link #data()}
 * (tolerant reader): there is no shared event class between services.
 */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time,
                            String requestId, String topic, String key, byte[] data) {
}
