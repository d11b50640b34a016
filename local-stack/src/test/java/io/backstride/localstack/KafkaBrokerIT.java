package io.backstride.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerIT {

    private static final String TOPIC = "programme.programme.v1";

    @TempDir
    Path data;

    private final int port = FreePorts.next();
    private final int controllerPort = FreePorts.next();

    @Test
    void deliversARecordPublishedBeforeARestart() throws Exception {
        try (KafkaBroker broker = new KafkaBroker(data, port, controllerPort)) {
            broker.start();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
            }
            try (KafkaProducer<String, String> producer = producer(broker)) {
                producer.send(new ProducerRecord<>(TOPIC, "runner-1", "programme started")).get();
            }
        }

        try (KafkaBroker broker = new KafkaBroker(data, port, controllerPort);
             KafkaConsumer<String, String> consumer = consumer(broker)) {
            broker.start();
            consumer.subscribe(List.of(TOPIC));
            List<String> received = new ArrayList<>();

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> received.add(r.key() + "=" + r.value()));
                assertThat(received).containsExactly("runner-1=programme started");
            });
        }
    }

    @Test
    void createsNoTopicNobodyDeclared() throws Exception {
        try (KafkaBroker broker = new KafkaBroker(data, port, controllerPort)) {
            broker.start();
            try (KafkaProducer<String, String> producer = producer(broker)) {

                assertThatThrownBy(() -> producer.send(new ProducerRecord<>("undeclared.topic.v1", "k", "v")).get())
                        .isInstanceOfAny(TimeoutException.class, ExecutionException.class)
                        .hasMessageContaining("not present in metadata");
            }
        }
    }

    private static KafkaProducer<String, String> producer(KafkaBroker broker) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000),
                new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(KafkaBroker broker) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "local-stack-it",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
    }
}
