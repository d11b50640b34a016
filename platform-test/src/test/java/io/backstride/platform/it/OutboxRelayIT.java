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
import java.util.concurrent.atomic.AtomicBoolean;

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
 * in this context, so each test drives the relay rounds itself and can simulate crashes between them.
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

    EventCapture capture;

    @BeforeEach
    void openCapture() throws InterruptedException {
        drainHints(relay);
        relay.sweep();
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
        SweepLease lease = new SweepLease(mongo, UUID.randomUUID().toString(), Duration.ofMillis(1), Clock.systemUTC());
        return new OutboxRelay(outboxStore, operations, lease, Set.of("parcels"), 50, Duration.ZERO,
                Duration.ofSeconds(10), Clock.systemUTC(), new SimpleMeterRegistry());
    }

    private KafkaTemplate<String, byte[]> kafkaThatRefusesEverything() {
        var factory = new org.springframework.kafka.core.DefaultKafkaProducerFactory<String, byte[]>(Map.of(
                "bootstrap.servers", "127.0.0.1:1", "max.block.ms", 200,
                "key.serializer", org.apache.kafka.common.serialization.StringSerializer.class,
                "value.serializer", org.apache.kafka.common.serialization.ByteArraySerializer.class));
        return new KafkaTemplate<>(factory);
    }

    /** A store whose process dies after the broker acknowledged the sends and before the outbox is updated. */
    private record DiesBeforeMarking(OutboxStore delegate) implements OutboxStore {
        public List<PendingEvents> pendingIn(String c, Collection<Object> ids) { return delegate.pendingIn(c, ids); }
        public List<PendingEvents> pendingOlderThan(String c, Instant cutoff, int limit) { return delegate.pendingOlderThan(c, cutoff, limit); }
        public void markSent(String c, Map<Object, List<String>> sent) { throw new IllegalStateException("process died"); }
        public long countDocumentsWithPending(String c) { return delegate.countDocumentsWithPending(c); }
        public Optional<Instant> oldestPending(String c) { return delegate.oldestPending(c); }
    }

    /** Records what a refusing broker led the relay to mark: nothing may be marked. */
    private record RefusesFrom(OutboxStore delegate) implements OutboxStore {
        public List<PendingEvents> pendingIn(String c, Collection<Object> ids) { return delegate.pendingIn(c, ids); }
        public List<PendingEvents> pendingOlderThan(String c, Instant cutoff, int limit) { return delegate.pendingOlderThan(c, cutoff, limit); }
        public void markSent(String c, Map<Object, List<String>> sent) {
            assertThat(sent).as("events marked although the broker refused them").isEmpty();
            delegate.markSent(c, sent);
        }
        public long countDocumentsWithPending(String c) { return delegate.countDocumentsWithPending(c); }
        public Optional<Instant> oldestPending(String c) { return delegate.oldestPending(c); }
    }
}
