package io.backstride.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.backstride.platform.events.CloudEventRecords;
import io.backstride.platform.events.OutboxEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Publishes outbox events to Kafka, then removes them from their documents and their documents' intents.
 *
 * <p>Two paths feed it. The fast path: after the application saves a document with pending events, a hint
 * (collection, id) is queued and a worker relays it within milliseconds. The sweep: every few seconds the
 * instance holding the {@link SweepLease} reads the {@link OutboxIntent intents} older than a grace period and
 * relays the documents they name — what a crash, a full queue or a broker outage left behind. An intent is
 * registered before its document is written (see {@link OutboxSaveListener}), so no document can hold an unsent
 * event without one, and the sweep never scans the aggregates themselves.
 *
 * <p>Guarantees: an event is removed only after the broker acknowledged it, so a crash before or after the
 * send loses nothing (it is sent again: at least once). A document's events are sent in their order on one
 * idempotent producer, and an event is only ever removed together with all events before it, so the first
 * delivery of each event keeps per-key order even with several relaying instances; later duplicates are
 * dropped by the consumers' processed-event check. An intent loses an event only after the event was pulled
 * from its document, or when its document does not hold it an {@code intentExpiry} after the intent was last
 * registered (the write failed).
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final KafkaOperations<String, byte[]> kafka;
    private final SweepLease lease;
    private final Set<String> collections;
    private final int batchSize;
    private final Duration sweepGrace;
    private final Duration intentExpiry;
    private final Duration sendTimeout;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final Counter failures;
    private final BlockingQueue<Hint> hints = new LinkedBlockingQueue<>(100_000);
    /** Set when the fast path could not deliver something (a refused send, a full hint queue): sweep soon. */
    private volatile boolean leftBehind;

    /** A saved document to relay; {@code events} are the ones it was saved with, or null to read them. */
    record Hint(String collection, Object documentId, List<OutboxEvent> events) {
    }

    public OutboxRelay(OutboxStore store, KafkaOperations<String, byte[]> kafka, SweepLease lease,
                       Set<String> collections, int batchSize, Duration sweepGrace, Duration intentExpiry,
                       Duration sendTimeout, Clock clock, MeterRegistry metrics) {
        this.store = store;
        this.kafka = kafka;
        this.lease = lease;
        this.collections = Set.copyOf(collections);
        this.batchSize = batchSize;
        this.sweepGrace = sweepGrace;
        this.intentExpiry = intentExpiry;
        this.sendTimeout = sendTimeout;
        this.clock = clock;
        this.metrics = metrics;
        this.failures = Counter.builder("backstride.outbox.relay.failures")
                .description("Outbox events whose send failed; they stay pending and are retried")
                .register(metrics);
    }

    public Set<String> collections() {
        return collections;
    }

    /**
     * Registers that a document is about to hold these events; call it <em>before</em> writing them, so the
     * sweep finds them if this process dies before they are sent. {@code save}/{@code insert} of a document
     * with an {@link Outbox} does this by itself; code that adds outbox events with an update operation calls
     * this first, then the update, then {@link #hint(String, Object)}.
     */
    public void registerIntent(String collection, Object documentId, List<OutboxEvent> events) {
        registerIntentIds(collection, documentId, events.stream().map(OutboxEvent::id).toList());
    }

    /** {@link #registerIntent(String, Object, List)} by event id. */
    public void registerIntentIds(String collection, Object documentId, List<String> eventIds) {
        store.registerIntent(collection, documentId, eventIds, clock.instant());
    }

    /** Queues a saved document for the fast path, which reads its pending events; if the queue is full the sweep picks it up. */
    public void hint(String collection, Object documentId) {
        offer(new Hint(collection, documentId, null));
    }

    /**
     * Queues a freshly saved document together with the events it was saved with, which spares the fast path
     * a read. The events may include some already sent (a save based on an older read): they are sent again
     * and consumers drop them as duplicates; they can never lack an earlier unsent event of the document,
     * because events only leave an outbox once acknowledged.
     */
    public void hint(String collection, Object documentId, List<OutboxEvent> events) {
        offer(new Hint(collection, documentId, List.copyOf(events)));
    }

    private void offer(Hint hint) {
        if (!hints.offer(hint)) {
            leftBehind = true;
            log.debug("Outbox hint queue full; {} {} is left to the sweep", hint.collection(), hint.documentId());
        }
    }

    /** One round of the fast path: waits up to {@code wait} for hints, then relays a batch. */
    public int relayHinted(Duration wait) throws InterruptedException {
        Hint first = hints.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (first == null) {
            return 0;
        }
        List<Hint> batch = new ArrayList<>(batchSize);
        batch.add(first);
        hints.drainTo(batch, batchSize - 1);
        Map<String, Map<Object, Map<String, OutboxEvent>>> known = new LinkedHashMap<>();
        Map<String, Set<Object>> toRead = new LinkedHashMap<>();
        for (Hint hint : batch) {
            if (hint.events() == null) {
                toRead.computeIfAbsent(hint.collection(), c -> new LinkedHashSet<>()).add(hint.documentId());
            } else {
                // several saves of one document: their events in order, each once
                Map<String, OutboxEvent> events = known.computeIfAbsent(hint.collection(), c -> new LinkedHashMap<>())
                        .computeIfAbsent(hint.documentId(), id -> new LinkedHashMap<>());
                hint.events().forEach(event -> events.putIfAbsent(event.id(), event));
            }
        }
        int sent = 0;
        for (var entry : toRead.entrySet()) {
            sent += relay(entry.getKey(), store.pendingIn(entry.getKey(), entry.getValue()));
        }
        for (var entry : known.entrySet()) {
            List<PendingEvents> documents = new ArrayList<>(entry.getValue().size());
            entry.getValue().forEach((id, events) -> documents.add(new PendingEvents(id, List.copyOf(events.values()))));
            sent += relay(entry.getKey(), documents);
        }
        return sent;
    }

    /** Whether this instance's fast path left events behind since the last sweep. */
    public boolean leftEventsBehind() {
        return leftBehind;
    }

    /**
     * Relays what has waited longer than the grace period, if this instance holds the sweep lease: reads the
     * intents registered before the grace period, relays the documents they name, and drops from the intents
     * what their documents do not hold once the intent is older than the intent expiry.
     */
    public int sweep() {
        leftBehind = false;
        int sent = 0;
        for (String collection : collections) {
            if (!lease.tryAcquire("outbox:" + collection)) {
                continue;
            }
            Instant now = clock.instant();
            Instant cutoff = now.minus(sweepGrace);
            Set<String> seen = new HashSet<>();
            List<OutboxIntent> page;
            do {
                page = store.intentsOlderThan(collection, cutoff, batchSize);
                if (!seen.addAll(page.stream().map(OutboxIntent::eventId).toList())) {
                    break; // nothing new: done, or only what this sweep could not settle is left
                }
                List<Object> ids = page.stream().map(OutboxIntent::documentId).distinct().toList();
                List<PendingEvents> documents = store.pendingIn(collection, ids);
                int relayed = relay(collection, documents);
                int tidied = tidy(collection, page, documents, now);
                sent += relayed;
                if (relayed == 0 && tidied == 0) {
                    break; // the broker refuses everything: try again next sweep rather than spin
                }
            } while (page.size() == batchSize);
        }
        return sent;
    }

    /**
     * What the sweep learnt about intents whose documents did not hold their events: past the expiry they are
     * deleted (the write failed, or the event was sent and its intent not deleted); before it, they are looked at
     * again a grace period later (a write may still be in flight).
     */
    private int tidy(String collection, List<OutboxIntent> intents, List<PendingEvents> documents, Instant now) {
        Instant expired = now.minus(intentExpiry);
        Set<String> held = new HashSet<>();
        documents.forEach(document -> document.events().forEach(event -> held.add(event.id())));
        List<OutboxIntent> abandoned = new ArrayList<>();
        List<OutboxIntent> unconfirmed = new ArrayList<>();
        for (OutboxIntent intent : intents) {
            if (held.contains(intent.eventId())) {
                continue; // relayed just now, or refused by the broker: its intent stays until it is sent
            }
            (intent.touched().isAfter(expired) ? unconfirmed : abandoned).add(intent);
        }
        return store.tidyIntents(collection, abandoned, unconfirmed, now);
    }

    /**
     * Once per relay start: finds documents holding pending events without an intent (written by a version
     * before intents, or re-added by a stale save after their intent was cleared), registers intents for them and
     * relays them. The only query that scans the aggregates; not leased, so it also runs where another instance
     * holds the sweep lease.
     */
    public int relayUnregistered() {
        int sent = 0;
        Instant now = clock.instant();
        for (String collection : collections) {
            List<PendingEvents> page;
            Set<Object> seen = new HashSet<>();
            do {
                page = store.pendingOlderThan(collection, now, batchSize);
                List<PendingEvents> fresh = page.stream().filter(document -> seen.add(document.documentId())).toList();
                for (PendingEvents document : fresh) {
                    store.registerIntent(collection, document.documentId(),
                            document.events().stream().map(OutboxEvent::id).toList(), now);
                }
                int relayed = relay(collection, fresh);
                sent += relayed;
                if (relayed == 0) {
                    break; // the broker refuses everything: the intents now registered take them to the sweep
                }
            } while (page.size() == batchSize);
        }
        return sent;
    }

    /** Sends every document's events in order, waits for the acknowledgements, then marks what was acknowledged. */
    int relay(String collection, List<PendingEvents> documents) {
        if (documents.isEmpty()) {
            return 0;
        }
        Map<Object, List<InFlight>> inFlight = new LinkedHashMap<>();
        for (PendingEvents document : documents) {
            List<InFlight> sends = new ArrayList<>(document.events().size());
            for (OutboxEvent event : document.events()) {
                sends.add(new InFlight(event, send(event)));
            }
            inFlight.put(document.documentId(), sends);
        }
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        Map<Object, List<String>> acknowledged = new LinkedHashMap<>();
        int sent = 0;
        for (var entry : inFlight.entrySet()) {
            List<String> prefix = new ArrayList<>();
            for (InFlight send : entry.getValue()) {
                if (!await(send, deadline)) {
                    break; // later events of this document stay pending, so their order is kept
                }
                prefix.add(send.event().id());
                metrics.counter("backstride.outbox.relayed.events", "topic", send.event().topic()).increment();
            }
            if (!prefix.isEmpty()) {
                acknowledged.put(entry.getKey(), prefix);
                sent += prefix.size();
            }
        }
        // the documents first: an intent must never lose an event its document still holds
        store.markSent(collection, acknowledged);
        store.forgetIntents(collection, acknowledged);
        return sent;
    }

    private CompletableFuture<?> send(OutboxEvent event) {
        try {
            return kafka.send(CloudEventRecords.toRecord(event));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private boolean await(InFlight send, long deadline) {
        try {
            send.result().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            failures.increment();
            leftBehind = true;
            log.warn("Outbox event {} ({}) not acknowledged, will retry: {}", send.event().id(), send.event().type(),
                    e.getCause() == null ? e.toString() : e.getCause().toString());
            return false;
        }
    }

    private record InFlight(OutboxEvent event, CompletableFuture<?> result) {
    }
}
