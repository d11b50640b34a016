package io.backstride.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.KafkaHeaders;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The dead-letter path of one consumer group. Records that exhausted their retries (or can never be
 * processed) land on {@code <topic>-<group>-dlt} with their original headers plus Spring Kafka's failure
 * headers ({@code kafka_exception-*}, {@code kafka_original-*}); {@link #onDeadLetter} counts and logs them. {@link #replay} sends them back through the group's
 * first retry topic once the cause is fixed; a separate consumer group remembers how far replay got, so a
 * record is replayed once.
 */
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final String group;
    private final KafkaAdmin admin;
    private final ConsumerFactory<String, byte[]> consumers;
    private final KafkaOperations<String, byte[]> kafka;
    private final MeterRegistry metrics;

    public DeadLetters(String group, KafkaAdmin admin, ConsumerFactory<String, byte[]> consumers,
                       KafkaOperations<String, byte[]> kafka, MeterRegistry metrics) {
        this.group = group;
        this.admin = admin;
        this.consumers = consumers;
        this.kafka = kafka;
        this.metrics = metrics;
    }

    public String deadLetterTopic(String topic) {
        return topic + dltSuffix();
    }

    String dltSuffix() {
        return "-" + group + "-dlt";
    }

    String retrySuffix() {
        return "-" + group + "-retry";
    }

    String replayGroup() {
        return group + "-dlt-replay";
    }

    /** The DLT handler of every listener in this service (wired by the retry topic configuration). */
    public void onDeadLetter(ConsumerRecord<String, byte[]> record) {
        String topic = record.topic().endsWith(dltSuffix())
                ? record.topic().substring(0, record.topic().length() - dltSuffix().length()) : record.topic();
        metrics.counter("backstride.events.dead.lettered", "topic", topic, "group", group).increment();
        log.error("Dead letter on {} (key {}, event {}): {} — inspect and replay with POST /actuator/deadletters/{}",
                record.topic(), record.key(), header(record, "ce_id"),
                header(record, KafkaHeaders.EXCEPTION_MESSAGE), record.topic());
    }

    /** What each dead-letter topic of this group holds, and how much of it has not been replayed. */
    public List<DeadLetterTopic> topics() {
        try (AdminClient client = AdminClient.create(admin.getConfigurationProperties());
             Consumer<String, byte[]> consumer = replayConsumer()) {
            Set<String> names = client.listTopics().names().get(10, TimeUnit.SECONDS);
            List<DeadLetterTopic> result = new ArrayList<>();
            for (String name : names.stream().filter(n -> n.endsWith(dltSuffix())).sorted().toList()) {
                List<TopicPartition> partitions = partitions(consumer, name);
                Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                Map<TopicPartition, OffsetAndMetadata> replayed = consumer.committed(Set.copyOf(partitions));
                long total = 0;
                long waiting = 0;
                for (TopicPartition partition : partitions) {
                    total += end.get(partition) - begin.get(partition);
                    OffsetAndMetadata done = replayed.get(partition);
                    waiting += end.get(partition) - Math.max(begin.get(partition), done == null ? 0 : done.offset());
                }
                result.add(new DeadLetterTopic(name, total, waiting));
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing dead-letter topics", e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot list dead-letter topics: " + e.getMessage(), e);
        }
    }

    /**
     * Sends every dead letter not yet replayed back to the group's first retry topic, with the failure
     * and retry headers removed and everything else (CloudEvents attributes, request id) kept.
     *
     * @return how many records were replayed
     */
    public int replay(String deadLetterTopic) {
        if (!deadLetterTopic.endsWith(dltSuffix())) {
            throw new IllegalArgumentException(deadLetterTopic + " is not a dead-letter topic of " + group);
        }
        String target = deadLetterTopic.substring(0, deadLetterTopic.length() - dltSuffix().length())
                + retrySuffix() + "-0";
        int replayed = 0;
        try (Consumer<String, byte[]> consumer = replayConsumer()) {
            List<TopicPartition> partitions = partitions(consumer, deadLetterTopic);
            consumer.assign(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata done = committed.get(partition);
                consumer.seek(partition, done == null ? begin.get(partition) : done.offset());
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (!reached(consumer, end)) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
                for (ConsumerRecord<String, byte[]> record : records) {
                    kafka.send(new ProducerRecord<>(target, null, record.key(), record.value(), replayHeaders(record)))
                            .get(30, TimeUnit.SECONDS);
                    progress.put(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                    replayed++;
                }
                consumer.commitSync(progress);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying " + deadLetterTopic, e);
        } catch (Exception e) {
            throw new IllegalStateException("replay of " + deadLetterTopic + " stopped after " + replayed
                    + " records: " + e.getMessage(), e);
        }
        log.info("Replayed {} dead letters from {} to {}", replayed, deadLetterTopic, target);
        return replayed;
    }

    private static boolean reached(Consumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static RecordHeaders replayHeaders(ConsumerRecord<String, byte[]> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            String key = header.key();
            // failure and retry bookkeeping goes; the event itself (ce_* headers, request id) stays
            if (!key.startsWith(KafkaHeaders.PREFIX) && !key.startsWith("retry_topic-")) {
                headers.add(header);
            }
        }
        return headers;
    }

    private Consumer<String, byte[]> replayConsumer() {
        return consumers.createConsumer(replayGroup(), null, null,
                propertiesOverride());
    }

    private static java.util.Properties propertiesOverride() {
        java.util.Properties properties = new java.util.Properties();
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        return properties;
    }

    private static List<TopicPartition> partitions(Consumer<String, byte[]> consumer, String topic) {
        Collection<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        return infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public record DeadLetterTopic(String topic, long records, long notReplayed) {
    }
}
