package io.backstride.platform.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where outboxes live: reads pending events and removes the ones the broker has acknowledged; and the intents
 * that name the documents with unsent events, so the sweep and the backlog gauges never scan the aggregates.
 */
public interface OutboxStore {

    List<PendingEvents> pendingIn(String collection, Collection<Object> documentIds);

    /**
     * Documents with any pending event older than {@code cutoff}, oldest first: a scan of the aggregates, used
     * only once when a relay starts, for events written without an intent (by a version before intents).
     */
    List<PendingEvents> pendingOlderThan(String collection, Instant cutoff, int limit);

    /** Removes the given events (by event id) from each document's outbox. */
    void markSent(String collection, Map<Object, List<String>> sentEventIdsByDocument);

    /**
     * Records, before the document is written, that it is about to hold these (unsent) events: one intent per
     * event. Idempotent; registering an event again only moves its {@code touched}.
     */
    void registerIntent(String collection, Object documentId, Collection<String> eventIds, Instant at);

    /** Intents registered at or before {@code cutoff} (at most {@code limit}). */
    List<OutboxIntent> intentsOlderThan(String collection, Instant cutoff, int limit);

    /** Deletes the intents of these events, after they were sent and pulled from their documents. */
    void forgetIntents(String collection, Map<Object, List<String>> sentEventIdsByDocument);

    /**
     * Tidies intents whose documents did not hold their events when the sweep read them, each only where the event
     * was not registered again since (its {@code touched} is unchanged), so a write in flight keeps its intent:
     * deletes the {@code abandoned} ones (expired: the write failed, or the event was sent and its intent not
     * deleted), and sets {@code since} of the {@code unconfirmed} ones to {@code recheckAt} (a write may still be
     * in flight: looked at again later, and out of the backlog's age). Returns how many intents changed.
     */
    int tidyIntents(String collection, Collection<OutboxIntent> abandoned, Collection<OutboxIntent> unconfirmed,
                    Instant recheckAt);

    /** Documents with an intent: with unsent events, or an intent not tidied yet. */
    long countDocumentsWithPending(String collection);

    /** The oldest {@code since} of the intents. */
    Optional<Instant> oldestPending(String collection);
}
