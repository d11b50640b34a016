package io.backstride.platform.outbox;

import java.time.Instant;

/**
 * A marker that a document holds, or is about to hold, one outbox event not sent yet: written before the document
 * and deleted once the event was sent and pulled from it, so the sweep reads only these instead of every aggregate.
 * One per event (its {@code _id} is the event id), so clearing one never needs a condition and never touches
 * another write's marker.
 *
 * @param eventId    the event
 * @param documentId the aggregate's {@code _id}
 * @param since      when the event was first registered (or when the sweep last found its document without it)
 * @param touched    when the event was last registered
 */
public record OutboxIntent(String eventId, Object documentId, Instant since, Instant touched) {
}
