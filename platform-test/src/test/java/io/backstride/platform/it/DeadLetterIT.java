package io.backstride.platform.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import io.backstride.platform.events.CloudEventRecords;
import io.backstride.platform.events.OutboxEvent;
import io.backstride.platform.test.EventCapture;
import io.backstride.platform.test.WithKafkaAndMongo;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import io.backstride.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Poison records and failing handlers end on the group's dead-letter topic, and can be replayed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithKafkaAndMongo
class DeadLetterIT {

    static final String DLT = Parcels.TOPIC + "-platform-it-dlt";

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    ParcelReceipts receipts;
    @LocalServerPort
    int port;

    @Test
    void aRecordThatIsNoCloudEventGoesStraightToTheDeadLetterTopicWithItsHeaders() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        try (EventCapture dlt = EventCapture.of(DLT)) {
            ProducerRecord<String, byte[]> poison = new ProducerRecord<>(Parcels.TOPIC, key, "not an event".getBytes());
            poison.headers().add(new RecordHeader("x-origin", "partner-import".getBytes()));
            int attemptsBefore = receipts.attempts();
            kafka.send(poison).get();

            await().atMost(Duration.ofSeconds(30)).until(() -> dlt.records().stream().anyMatch(r -> key.equals(r.key())));
            ConsumerRecord<String, byte[]> dead = dlt.records().stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
            assertThat(header(dead, "x-origin")).as(headerNames(dead)).isEqualTo("partner-import");
            assertThat(header(dead, "kafka_exception-message")).as(headerNames(dead)).contains("not a valid CloudEvent");
            assertThat(header(dead, "kafka_original-topic")).isEqualTo(Parcels.TOPIC);
            assertThat(receipts.attempts()).as("the handler never ran").isEqualTo(attemptsBefore);
        }
    }

    @Test
    void aFailingHandlerIsRetriedThenDeadLetteredAndAReplayAfterTheFixTakesEffectOnce() throws Exception {
        String parcelId = "parcel-" + UUID.randomUUID();
        receipts.failFor(parcelId);
        OutboxEvent event = InboxIT.labelled(parcelId);
        try (EventCapture dlt = EventCapture.of(DLT)) {
            kafka.send(CloudEventRecords.toRecord(event)).get();

            await().atMost(Duration.ofSeconds(60)).until(() -> dlt.records().stream().anyMatch(r -> parcelId.equals(r.key())));
            ConsumerRecord<String, byte[]> dead = dlt.records().stream().filter(r -> parcelId.equals(r.key())).findFirst().orElseThrow();
            assertThat(header(dead, "ce_id")).isEqualTo(event.id());
            assertThat(header(dead, "ce_requestid")).isEqualTo(event.requestId());
            assertThat(header(dead, "kafka_exception-message")).contains("downstream unavailable");
            assertThat(receipts.count(parcelId)).isZero();
        }

        assertThat(get("/actuator/deadletters")).contains(DLT);
        receipts.recover(parcelId);
        HttpResponse<String> replay = post("/actuator/deadletters/" + DLT);
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("\"replayed\"");

        await().atMost(Duration.ofSeconds(30)).until(() -> receipts.count(parcelId) == 1);
        assertThat(post("/actuator/deadletters/" + DLT).statusCode()).isEqualTo(200);
        assertThat(receipts.count(parcelId)).isEqualTo(1);
    }

    private static String headerNames(ConsumerRecord<String, byte[]> record) {
        return java.util.Arrays.stream(record.headers().toArray()).map(h -> h.key()).toList().toString();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Dead-letter tools are for ops. */
    private static final String OPS = TestTokens.withRoles("ops-on-call", "OPS");

    private String get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", OPS).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpResponse<String> post(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", OPS).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
