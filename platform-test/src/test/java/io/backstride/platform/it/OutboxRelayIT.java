package io.backstride.platform.it;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.backstride.platform.events.OutboxEvent;
import io.backstride.platform.events.OutboxEvents;
import io.backstride.platform.outbox.OutboxIntent;
import io.backstride.platform.outbox.OutboxRelayRunner;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;

import io.backstride.platform.outbox.MongoOutboxStore;
import io.backstride.platform.outbox.OutboxRelay;
import io.backstride.platform.outbox.OutboxStore;
import io.backstride.platform.outbox.PendingEvents;
import io.backstride.platform.outbox.SweepLease;
import io.backstride.platform.test.EventCapture;
import io.backstride.platform.test.EventSchemas;
import io.backstride.platform.test.WithKafkaAndMongo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The outbox relay against a real Kafka broker and the MongoDB server. The relay's background runner is off
 * in this context, so each test drives the relay rounds itself and can simulate crashes between them: every
 * window between writing an intent, writing the document, sending, pulling and clearing the intent.
 */
@SpringBootTest(properties = {"backstride.outbox.enabled=false", "backstride.outbox.sweep-grace=0s",
        "backstride.outbox.lease-duration=1ms",
        "spring.mongodb.database=outbox-relay-it"})
@WithKafkaAndMongo
class OutboxRelayIT {

    @Autowired
    Parcels parcels;
    @Autowired
    OutboxRelay relay;
    @Autowired
    MongoOutboxStore store;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    OutboxEvents outboxEvents;

    EventCapture capture;

    @BeforeEach
    void openCapture() throws InterruptedException {
        drainHints(relay);
        newRelay(store, kafka, Duration.ZERO).sweep(); // also drops intents earlier tests left to expire
        capture = EventCapture.of(Parcels.TOPIC);
    }

    @AfterEach
    void closeCapture() {
        capture.close();
    }

    @Test
    void relaysEveryEventExactlyOnceInOrderPerKeyAndEmptiesTheOutbox() throws InterruptedException {
        Map<String, List<String>> expected = labelInterleaved(20, 5);

        drainHints(relay);
        relay.sweep(); // nothing is left: a sweep after the fast path must not send anything again

        capture.awaitCaughtUp();
        assertThat(capture.eventIdsByKey()).isEqualTo(expected);
        assertThat(store.countDocumentsWithPending("parcels")).isZero();
        capture.events().forEach(EventSchemas::assertConforms);
    }

    @Test
    void eventsWrittenButNeverSentBeforeACrashAreSentByTheNextInstance() {
        Map<String, List<String>> expected = labelInterleaved(5, 3);
        // the process dies here: its queued hints are gone, the events are only in MongoDB

        OutboxRelay restarted = newRelay(store);
        assertThat(restarted.sweep()).isEqualTo(15);

        capture.awaitCaughtUp();
        assertThat(capture.eventIdsByKey()).isEqualTo(expected);
        assertThat(store.countDocumentsWithPending("parcels")).isZero();
    }

    @Test
    void eventsSentButNotMarkedBeforeACrashAreSentAgainAtLeastOnceInOrder() {
        Map<String, List<String>> expected = labelInterleaved(5, 3);
        OutboxRelay dying = newRelay(new DiesBeforeMarking(store));

        assertThatThrownBy(dying::sweep).hasMessageContaining("process died");
        await().atMost(Duration.ofSeconds(30)).until(() -> capture.records().size() >= 15);
        assertThat(store.countDocumentsWithPending("parcels")).isEqualTo(5);

        OutboxRelay restarted = newRelay(store);
        assertThat(restarted.sweep()).isEqualTo(15);

        capture.awaitCaughtUp();
        assertThat(capture.records()).hasSize(30); // each event twice: at least once, never lost
        assertThat(firstOccurrences(capture.eventIdsByKey())).isEqualTo(expected);
        assertThat(store.countDocumentsWithPending("parcels")).isZero();
    }

    @Test
    void severalRelayInstancesKeepTheFirstDeliveryOfEachKeyInOrder() throws InterruptedException {
        OutboxRelay first = newRelay(store);
        OutboxRelay second = newRelay(store);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Thread> relays = List.of(first, second).stream().map(r -> Thread.ofPlatform().start(() -> {
            try {
                while (writing.get() || r.sweep() > 0) {
                    r.relayHinted(Duration.ofMillis(20));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })).toList();

        Map<String, List<String>> expected = new LinkedHashMap<>();
        List<String> keys = keys(10);
        for (int round = 0; round < 10; round++) {
            for (String key : keys) {
                String eventId = lastEventId(parcels.label(key, "round-" + round));
                expected.computeIfAbsent(key, k -> new ArrayList<>()).add(eventId);
                first.hint("parcels", key);
                second.hint("parcels", key);
            }
        }
        writing.set(false);
        for (Thread thread : relays) {
            thread.join(Duration.ofSeconds(60));
        }
        drainHints(relay);

        capture.awaitCaughtUp();
        assertThat(firstOccurrences(capture.eventIdsByKey())).isEqualTo(expected);
        assertThat(store.countDocumentsWithPending("parcels")).isZero();
    }

    @Test
    void aBrokerRefusalKeepsEventsPendingAndTheirOrder() {
        Map<String, List<String>> expected = labelInterleaved(3, 2);
        OutboxRelay refused = newRelay(new RefusesFrom(store), kafkaThatRefusesEverything());

        assertThat(refused.sweep()).isZero();
        assertThat(store.countDocumentsWithPending("parcels")).isEqualTo(3);

        assertThat(newRelay(store).sweep()).isEqualTo(6);
        capture.awaitCaughtUp();
        assertThat(capture.eventIdsByKey()).isEqualTo(expected);
    }

    @Test
    void theSweepFindsDocumentsThroughTheirIntentsOnlyAndTheStartScanFindsTheRest() {
        Map<String, List<String>> expected = labelInterleaved(3, 2);
        assertThat(store.countDocumentsWithPending("parcels")).isEqualTo(3);
        // a document written without an intent (by a version before intents): the sweep does not see it
        String legacyId = "parcel-" + UUID.randomUUID();
        Parcel legacy = new Parcel(legacyId);
        legacy.label("old", labelled(legacyId, "old"));
        Document written = new Document();
        mongo.getConverter().write(legacy, written);
        mongo.getCollection("parcels").insertOne(written);
        // the process dies: its hints are gone

        OutboxRelay restarted = newRelay(store);
        assertThat(restarted.sweep()).isEqualTo(6);
        assertThat(restarted.relayUnregistered()).isEqualTo(1);

        capture.awaitCaughtUp();
        expected.put(legacyId, List.of(lastEventId(legacy)));
        assertThat(capture.eventIdsByKey()).isEqualTo(expected);
        assertThat(store.countDocumentsWithPending("parcels")).isZero();
        assertThat(documentsHoldingEvents()).isZero();
    }

    @Test
    void aDocumentInsertedWithoutAnIdHasItsIntentUnderTheIdItIsStoredWith() {
        OutboxEvent event = labelled("parcel-without-id", "new");
        Document inserted = new Document("labels", List.of("new")).append("outbox",
                new Document("pending", List.of(mongo.getConverter().convertToMongoType(event))));
        mongo.insert(inserted, "parcels"); // the driver would otherwise pick the id after the intent was written
        Object id = inserted.get("_id");
        assertThat(id).isNotNull();
        assertThat(store.intentsOlderThan("parcels", Instant.now(), 10))
                .singleElement().satisfies(intent -> assertThat(intent.documentId()).isEqualTo(id));
        assertThat(mongo.getCollection("parcels").countDocuments(new Document("_id", id))).isOne();

        assertThat(newRelay(store).sweep()).isOne();
        capture.awaitCaughtUp();
        assertThat(capture.eventIdsByKey()).isEqualTo(Map.of("parcel-without-id", List.of(event.id())));
        assertThat(store.countDocumentsWithPending("parcels")).isZero();
    }

    @Test
    void anIntentThatCannotBeWrittenFailsTheSaveAsAnUnavailableDatabase() {
        // not a bare driver exception (a 500): translated like the repository's own failures (a 503)
        try (var unreachable = com.mongodb.client.MongoClients.create("mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=200")) {
            MongoOutboxStore down = new MongoOutboxStore(new MongoTemplate(unreachable, "down"));
            assertThatThrownBy(() -> down.registerIntent("parcels", "p", List.of("e"), Instant.now()))
                    .isInstanceOf(org.springframework.dao.DataAccessResourceFailureException.class);
        }
    }

    @Test
    void anIntentWhoseWriteFailedIsLookedAtAgainThenDroppedOnceExpiredAndNothingIsSent() {
        String neverInserted = "parcel-" + UUID.randomUUID();
        relay.registerIntent("parcels", neverInserted, List.of(labelled(neverInserted, "lost")));
        String existing = "parcel-" + UUID.randomUUID();
        String first = lastEventId(parcels.label(existing, "first"));
        drainHintsQuietly();
        // a second save of the same parcel lost an optimistic-locking race after registering its event
        relay.registerIntent("parcels", existing, List.of(labelled(existing, "conflicting")));
        assertThat(store.countDocumentsWithPending("parcels")).isEqualTo(2);

        // within the expiry the write may still be in flight: kept, and out of the backlog's age until looked at again
        Instant beforeSweep = Instant.now();
        assertThat(newRelay(store).sweep()).isZero();
        assertThat(store.countDocumentsWithPending("parcels")).isEqualTo(2);
        assertThat(store.oldestPending("parcels")).hasValueSatisfying(since -> assertThat(since).isAfterOrEqualTo(beforeSweep.minusMillis(1)));

        assertThat(newRelay(store, kafka, Duration.ZERO).sweep()).isZero();
        assertThat(store.countDocumentsWithPending("parcels")).isZero();
        capture.awaitCaughtUp();
        assertThat(capture.eventIdsByKey()).isEqualTo(Map.of(existing, List.of(first))); // nothing else
    }

    @Test
    void eventsPulledButTheirIntentNotClearedBeforeACrashAreNotSentAgainAndTheIntentExpires() {
        Map<String, List<String>> expected = labelInterleaved(3, 1);
        OutboxRelay dying = newRelay(new DiesBeforeForgetting(store));

        assertThatThrownBy(dying::sweep).hasMessageContaining("process died");
        assertThat(documentsHoldingEvents()).isZero();
        assertThat(store.countDocumentsWithPending("parcels")).isEqualTo(3);

        assertThat(newRelay(store).sweep()).isZero(); // not expired yet: kept
        assertThat(store.countDocumentsWithPending("parcels")).isEqualTo(3);
        assertThat(newRelay(store, kafka, Duration.ZERO).sweep()).isZero();
        assertThat(store.countDocumentsWithPending("parcels")).isZero();

        capture.awaitCaughtUp();
        assertThat(capture.eventIdsByKey()).isEqualTo(expected); // each exactly once
    }

    @Test
    void aWriteRacingTheRelayKeepsItsIntentUntilItsEventIsSent() throws InterruptedException {
        String id = "parcel-" + UUID.randomUUID();
        String first = lastEventId(parcels.label(id, "first"));
        // a second writer (an update operation) registered its event and has not written it yet
        OutboxEvent second = labelled(id, "second");
        relay.registerIntent("parcels", id, List.of(second));

        drainHints(relay); // the fast path sends the first event and clears it from the intent
        assertThat(store.intentsOlderThan("parcels", Instant.now(), 10))
                .singleElement().satisfies(intent -> assertThat(intent.eventId()).isEqualTo(second.id()));
        assertThat(newRelay(store).sweep()).isZero(); // the sweep looks before the write landed: kept
        assertThat(store.countDocumentsWithPending("parcels")).isOne();

        mongo.getCollection("parcels").updateOne(new Document("_id", id), new Document("$push",
                new Document("outbox.pending", mongo.getConverter().convertToMongoType(second))));
        // the writer dies before its hint
        assertThat(newRelay(store).sweep()).isOne();

        capture.awaitCaughtUp();
        assertThat(capture.eventIdsByKey()).isEqualTo(Map.of(id, List.of(first, second.id())));
        assertThat(store.countDocumentsWithPending("parcels")).isZero();
        assertThat(documentsHoldingEvents()).isZero();
    }

    @Test
    void theBacklogGaugesReadTheIntents() throws InterruptedException {
        MeterRegistry metrics = new SimpleMeterRegistry();
        new OutboxRelayRunner(relay, store, Duration.ofSeconds(2), Duration.ofSeconds(5), 1, Clock.systemUTC(), metrics);
        String waiting = "parcel-" + UUID.randomUUID();
        store.registerIntent("parcels", waiting, List.of(UUID.randomUUID().toString()), Instant.now().minusSeconds(42));
        labelInterleaved(2, 1);

        assertThat(metrics.get("backstride.outbox.pending.documents").tag("collection", "parcels").gauge().value())
                .isEqualTo(3.0);
        assertThat(metrics.get("backstride.outbox.oldest.pending.age").tag("collection", "parcels").gauge().value())
                .isBetween(42.0, 60.0);

        drainHints(relay);
        assertThat(metrics.get("backstride.outbox.pending.documents").tag("collection", "parcels").gauge().value())
                .isEqualTo(1.0);
        newRelay(store, kafka, Duration.ZERO).sweep();
        assertThat(metrics.get("backstride.outbox.pending.documents").tag("collection", "parcels").gauge().value())
                .isZero();
        assertThat(metrics.get("backstride.outbox.oldest.pending.age").tag("collection", "parcels").gauge().value())
                .isZero();
    }

    @Test
    void concurrentSavesRacingTheFastPathAndTheSweepLoseNoEventAndLeaveNoIntent() throws InterruptedException {
        List<String> keys = keys(8);
        Map<String, Map<Long, String>> savedByVersion = new ConcurrentHashMap<>();
        AtomicInteger saves = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        // the fast path dies after 60 of the 100 saves: the hints of the later ones are lost with it
        Thread fastPath = Thread.ofPlatform().start(() -> {
            try {
                while (saves.get() < 60) {
                    relay.relayHinted(Duration.ofMillis(5));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        OutboxRelay sweeper = newRelay(store); // another instance sweeping all along, without a grace period
        Thread sweeping = Thread.ofPlatform().start(() -> {
            while (writing.get()) {
                sweeper.sweep();
            }
        });
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            writers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 25; i++) {
                    String key = keys.get(ThreadLocalRandom.current().nextInt(keys.size()));
                    while (true) {
                        try {
                            Parcel saved = parcels.label(key, "w" + i);
                            savedByVersion.computeIfAbsent(key, k -> new ConcurrentHashMap<>())
                                    .put(saved.version(), lastEventId(saved));
                            saves.incrementAndGet();
                            break;
                        } catch (OptimisticLockingFailureException | org.springframework.dao.DuplicateKeyException lost) {
                            // another writer saved first; the intent registered for the lost save expires
                        }
                    }
                }
            }));
        }
        for (Thread writer : writers) {
            writer.join(Duration.ofSeconds(60));
        }
        writing.set(false);
        fastPath.join(Duration.ofSeconds(60));
        sweeping.join(Duration.ofSeconds(60));
        assertThat(saves.get()).isEqualTo(100);

        OutboxRelay restarted = newRelay(store, kafka, Duration.ZERO); // no write is in flight any more
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            restarted.sweep();
            return store.countDocumentsWithPending("parcels") == 0;
        });

        capture.awaitCaughtUp();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        savedByVersion.forEach((key, byVersion) -> expected.put(key,
                byVersion.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList()));
        assertThat(firstOccurrences(capture.eventIdsByKey())).isEqualTo(expected);
        assertThat(documentsHoldingEvents()).isZero();
    }

    private OutboxEvent labelled(String parcelId, String label) {
        return outboxEvents.create(Parcels.TOPIC, Parcels.LABELLED, parcelId,
                Map.of("parcelId", parcelId, "label", label, "labelCount", 1));
    }

    private long documentsHoldingEvents() {
        return mongo.getCollection("parcels").countDocuments(new Document("outbox.pending.0", new Document("$exists", true)));
    }

    private void drainHintsQuietly() {
        try {
            drainHints(relay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<String, List<String>> labelInterleaved(int parcelCount, int labelsEach) {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        List<String> keys = keys(parcelCount);
        for (int round = 0; round < labelsEach; round++) {
            for (String key : keys) {
                expected.computeIfAbsent(key, k -> new ArrayList<>()).add(lastEventId(parcels.label(key, "l" + round)));
            }
        }
        return expected;
    }

    private static List<String> keys(int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add("parcel-" + UUID.randomUUID());
        }
        return keys;
    }

    private static String lastEventId(Parcel parcel) {
        return parcel.outbox().getPending().getLast().id();
    }

    private static Map<String, List<String>> firstOccurrences(Map<String, List<String>> idsByKey) {
        Map<String, List<String>> first = new LinkedHashMap<>();
        idsByKey.forEach((key, ids) -> first.put(key, List.copyOf(new LinkedHashSet<>(ids))));
        return first;
    }

    private static void drainHints(OutboxRelay relay) throws InterruptedException {
        while (relay.relayHinted(Duration.ofMillis(50)) > 0) {
            // keep going until the queue is empty
        }
    }

    private OutboxRelay newRelay(OutboxStore outboxStore) {
        return newRelay(outboxStore, kafka);
    }

    private OutboxRelay newRelay(OutboxStore outboxStore, org.springframework.kafka.core.KafkaOperations<String, byte[]> operations) {
        return newRelay(outboxStore, operations, Duration.ofMinutes(2));
    }

    /** A relay whose sweep drops what documents do not hold from intents older than {@code intentExpiry}. */
    private OutboxRelay newRelay(OutboxStore outboxStore, org.springframework.kafka.core.KafkaOperations<String, byte[]> operations,
                                 Duration intentExpiry) {
        SweepLease lease = new SweepLease(mongo, UUID.randomUUID().toString(), Duration.ofMillis(1), Clock.systemUTC());
        return new OutboxRelay(outboxStore, operations, lease, Set.of("parcels"), 50, Duration.ZERO, intentExpiry,
                Duration.ofSeconds(10), Clock.systemUTC(), new SimpleMeterRegistry());
    }

    private KafkaTemplate<String, byte[]> kafkaThatRefusesEverything() {
        var factory = new org.springframework.kafka.core.DefaultKafkaProducerFactory<String, byte[]>(Map.of(
                "bootstrap.servers", "127.0.0.1:1", "max.block.ms", 200,
                "key.serializer", org.apache.kafka.common.serialization.StringSerializer.class,
                "value.serializer", org.apache.kafka.common.serialization.ByteArraySerializer.class));
        return new KafkaTemplate<>(factory);
    }

    /** Passes everything to the store; a test overrides the step where its process dies. */
    private static class Delegating implements OutboxStore {
        final OutboxStore delegate;
        Delegating(OutboxStore delegate) { this.delegate = delegate; }
        public List<PendingEvents> pendingIn(String c, Collection<Object> ids) { return delegate.pendingIn(c, ids); }
        public List<PendingEvents> pendingOlderThan(String c, Instant cutoff, int limit) { return delegate.pendingOlderThan(c, cutoff, limit); }
        public void markSent(String c, Map<Object, List<String>> sent) { delegate.markSent(c, sent); }
        public void registerIntent(String c, Object id, Collection<String> events, Instant at) { delegate.registerIntent(c, id, events, at); }
        public List<OutboxIntent> intentsOlderThan(String c, Instant cutoff, int limit) { return delegate.intentsOlderThan(c, cutoff, limit); }
        public void forgetIntents(String c, Map<Object, List<String>> sent) { delegate.forgetIntents(c, sent); }
        public int tidyIntents(String c, Collection<OutboxIntent> abandoned, Collection<OutboxIntent> unconfirmed, Instant at) {
            return delegate.tidyIntents(c, abandoned, unconfirmed, at);
        }
        public long countDocumentsWithPending(String c) { return delegate.countDocumentsWithPending(c); }
        public Optional<Instant> oldestPending(String c) { return delegate.oldestPending(c); }
    }

    /** A store whose process dies after the broker acknowledged the sends and before the outbox is updated. */
    private static class DiesBeforeMarking extends Delegating {
        DiesBeforeMarking(OutboxStore delegate) { super(delegate); }
        @Override public void markSent(String c, Map<Object, List<String>> sent) { throw new IllegalStateException("process died"); }
    }

    /** A store whose process dies after the events were pulled from the documents, before their intents are updated. */
    private static class DiesBeforeForgetting extends Delegating {
        DiesBeforeForgetting(OutboxStore delegate) { super(delegate); }
        @Override public void forgetIntents(String c, Map<Object, List<String>> sent) { throw new IllegalStateException("process died"); }
    }

    /** Records what a refusing broker led the relay to mark: nothing may be marked. */
    private static class RefusesFrom extends Delegating {
        RefusesFrom(OutboxStore delegate) { super(delegate); }
        @Override public void markSent(String c, Map<Object, List<String>> sent) {
            assertThat(sent).as("events marked although the broker refused them").isEmpty();
            delegate.markSent(c, sent);
        }
    }
}
