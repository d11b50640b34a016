package io.backstride.platform.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.backstride.platform.events.CloudEventRecords;
import io.backstride.platform.events.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Records every record published on some topics from the moment it is opened (all partitions, positioned
 * at their current end), for assertions with Awaitility. Close it after the test.
 */
public final class EventCapture implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> records = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean open = true;
    private volatile long caughtUpAt;

    private EventCapture(String bootstrapServers, Collection<String> topics) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "event-capture-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve positions now, before the test acts
        poller = Thread.ofPlatform().name("event-capture").daemon().start(this::poll);
    }

    public static EventCapture on(String bootstrapServers, String... topics) {
        return new EventCapture(bootstrapServers, List.of(topics));
    }

    public static EventCapture of(String... topics) {
        return on(TestInfrastructure.get().kafkaBootstrapServers(), topics);
    }

    private void poll() {
        try {
            while (open) {
                long polledAt = System.nanoTime();
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
                if (end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                    caughtUpAt = polledAt;
                }
            }
        } catch (WakeupException closing) {
            // close() woke the poller up
        } finally {
            consumer.close();
        }
    }

    /**
     * Waits until everything published so far has been read, so that a test can assert that something was
     * NOT published (again) — not only that it was.
     */
    public EventCapture awaitCaughtUp() {
        long since = System.nanoTime();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> caughtUpAt > since);
        return this;
    }

    public List<ConsumerRecord<String, byte[]>> records() {
        return List.copyOf(records);
    }

    public List<IncomingEvent> events() {
        return records.stream().map(CloudEventRecords::fromRecord).toList();
    }

    /**
     * The events of a type, each once: delivery is at least once, so a relay retry may publish an event again
     * under the same id — consumers drop the repeat, and so does this.
     */
    public List<IncomingEvent> distinctEvents(String type) {
        Map<String, IncomingEvent> byId = new java.util.LinkedHashMap<>();
        events(type).forEach(event -> byId.putIfAbsent(event.id(), event));
        return List.copyOf(byId.values());
    }

    public List<IncomingEvent> events(String type) {
        return events().stream().filter(e -> e.type().equals(type)).toList();
    }

    /** Event ids per record key, in the order they were consumed from the key's partition. */
    public Map<String, List<String>> eventIdsByKey() {
        Map<String, List<String>> byKey = new java.util.LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            byKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(CloudEventRecords.fromRecord(record).id());
        }
        return byKey;
    }

    @Override
    public void close() {
        open = false;
        consumer.wakeup();
        try {
            poller.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
