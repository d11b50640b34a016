package io.backstride.platform.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Maps between outbox events and Kafka records in CloudEvents 1.0 binary mode: attributes in {@code ce_*}
 * headers, the JSON payload as the record value, the aggregate id as the record key.
 */
public final class CloudEventRecords {

    public static final String REQUEST_ID_EXTENSION = "requestid";
    public static final String JSON = "application/json";

    private CloudEventRecords() {
    }

    public static ProducerRecord<String, byte[]> toRecord(OutboxEvent event) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.id())
                .withType(event.type())
                .withSource(URI.create(event.source()))
                .withTime(event.time().atOffset(ZoneOffset.UTC))
                .withDataContentType(JSON)
                .withData(event.payload().getBytes(StandardCharsets.UTF_8));
        if (event.subject() != null) {
            builder.withSubject(event.subject());
        }
        if (event.requestId() != null) {
            builder.withExtension(REQUEST_ID_EXTENSION, event.requestId());
        }
        return KafkaMessageFactory.createWriter(event.topic(), event.key()).writeBinary(builder.build());
    }

    /** @throws io.cloudevents.rw.CloudEventRWException when the record is not a valid CloudEvent */
    public static IncomingEvent fromRecord(ConsumerRecord<String, byte[]> record) {
        CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
        Object requestId = event.getExtension(REQUEST_ID_EXTENSION);
        return new IncomingEvent(event.getId(), event.getType(), event.getSource().toString(), event.getSubject(),
                event.getTime(), requestId == null ? null : requestId.toString(), record.topic(), record.key(),
                event.getData() == null ? new byte[0] : event.getData().toBytes());
    }
}
