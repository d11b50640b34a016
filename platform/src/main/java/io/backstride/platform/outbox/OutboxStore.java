package io.backstride.platform.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where outboxes live: reads pending events and removes the ones the broker has acknowledged. */
public interface OutboxStore {

    List<PendingEvents> pendingIn(String collection, Collection<Object> documentIds);

    /** Documents whose oldest pending event is older than {@code cutoff}, oldest first. */
    List<PendingEvents> pendingOlderThan(String collection, Instant cutoff, int limit);

    /** Removes the given events (by event id) from each document's outbox. */
    void markSent(String collection, Map<Object, List<String>> sentEventIdsByDocument);

    long countDocumentsWithPending(String collection);

    Optional<Instant> oldestPending(String collection);
}
