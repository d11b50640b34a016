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
     * Records, before the document is written, that it is about to hold these (unsent) events. Idempotent;
     * adds to what an earlier write of the same document registered.
     */
    void registerIntent(String collection, Object documentId, Collection<String> eventIds, Instant at);

    /** Intents some of whose events were registered at or before {@code cutoff}, oldest first. */
    List<OutboxIntent> intentsOlderThan(String collection, Instant cutoff, int limit);

    /**
     * Takes the given events out of their documents' intents, after they were sent and pulled from the
     * documents, and deletes the intents left without events.
     */
    void forgetIntents(String collection, Map<Object, List<String>> sentEventIdsByDocument);

    /**
     * Tidies intents after the sweep relayed their documents, each only where the intent was not registered again
     * since it was read (its {@code touched} is unchanged), so a write in flight keeps its events:
     * <ul>
     * <li>{@code abandoned}: takes these events out (their documents do not hold them, and the intent expired:
     * the write failed, or they were sent and the intent was not updated);</li>
     * <li>{@code unconfirmed}: sets {@code since} to {@code recheckAt} (their documents hold none of their events
     * yet: a write in flight or failed), so they leave the backlog's age and the sweep looks again later;</li>
     * </ul>
     * then deletes the intents of {@code documentIds} left without events. Returns how many intents changed.
     */
    int tidyIntents(String collection, Collection<OutboxIntent> abandoned, Collection<OutboxIntent> unconfirmed,
                    Instant recheckAt, Collection<Object> documentIds);

    /** Documents with an intent: unsent events, or an intent not cleaned up yet. */
    long countDocumentsWithPending(String collection);

    /** When the oldest intent still open was registered. */
    Optional<Instant> oldestPending(String collection);
}
