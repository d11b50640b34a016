package io.backstride.platform.outbox;

import java.time.Instant;
import java.util.List;

/**
 * A marker that a document holds, or is about to hold, outbox events not sent yet: written before the document
 * and removed once its events were sent and pulled, so the sweep reads only these instead of every aggregate.
 *
 * @param documentId the aggregate's {@code _id}
 * @param eventIds   the events registered and not yet known to be sent
 * @param since      when the first of them was registered
 * @param touched    when the last of them was registered
 */
public record OutboxIntent(Object documentId, List<String> eventIds, Instant since, Instant touched) {
}
