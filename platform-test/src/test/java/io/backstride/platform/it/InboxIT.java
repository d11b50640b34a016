package io.backstride.platform.it;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.backstride.platform.events.CloudEventRecords;
import io.backstride.platform.events.OutboxEvent;
import io.backstride.platform.test.WithKafkaAndMongo;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Idempotent consumption: a redelivered event has exactly one effect, also across a consumer restart. */
@SpringBootTest
@WithKafkaAndMongo
class InboxIT {

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    ParcelReceipts receipts;
    @Autowired
    MeterRegistry metrics;
    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void aRedeliveredEventHasExactlyOneEffectEvenAfterAConsumerRestart() throws Exception {
        String parcelId = "parcel-" + UUID.randomUUID();
        OutboxEvent event = labelled(parcelId);

        kafka.send(CloudEventRecords.toRecord(event)).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> receipts.count(parcelId) == 1);

        double duplicatesBefore = duplicates();
        kafka.send(CloudEventRecords.toRecord(event)).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() > duplicatesBefore);
        assertThat(receipts.count(parcelId)).isEqualTo(1);

        listeners.getListenerContainers().forEach(container -> container.stop());
        listeners.getListenerContainers().forEach(container -> container.start());
        double duplicatesAfterRestart = duplicates();
        kafka.send(CloudEventRecords.toRecord(event)).get();
        await().atMost(Duration.ofSeconds(60)).until(() -> duplicates() > duplicatesAfterRestart);
        assertThat(receipts.count(parcelId)).isEqualTo(1);
    }

    @Test
    void distinctEventsForTheSameAggregateEachTakeEffect() throws Exception {
        String parcelId = "parcel-" + UUID.randomUUID();
        kafka.send(CloudEventRecords.toRecord(labelled(parcelId))).get();
        kafka.send(CloudEventRecords.toRecord(labelled(parcelId))).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> receipts.count(parcelId) == 2);
    }

    private double duplicates() {
        var counter = metrics.find("backstride.events.consumed").tag("outcome", "duplicate").counter();
        return counter == null ? 0 : counter.count();
    }

    static OutboxEvent labelled(String parcelId) {
        return new OutboxEvent(UUID.randomUUID().toString(), Parcels.TOPIC, parcelId, Parcels.LABELLED,
                "/backstride/platform-it", parcelId, Instant.now(),
                tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(
                        Map.of("parcelId", parcelId, "label", "fragile", "labelCount", 1)),
                "req-" + UUID.randomUUID());
    }
}
