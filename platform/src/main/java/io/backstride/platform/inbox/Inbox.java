package io.backstride.platform.inbox;

import java.util.function.Consumer;

import io.backstride.platform.events.CloudEventRecords;
import io.backstride.platform.events.IncomingEvent;
import io.backstride.platform.web.RequestIds;
import io.cloudevents.rw.CloudEventRWException;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The idempotent entrance for consumed events. A listener hands every record to {@link #process}: the
 * CloudEvent is decoded, a record already processed by this consumer group is skipped, the handler runs
 * with the event's request id in every log line, and the event id is recorded once the handler succeeded.
 * A handler that throws leaves nothing recorded, so the retry topics redeliver the record.
 */
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final String group;
    private final ProcessedEvents processed;
    private final MeterRegistry metrics;

    public Inbox(String group, ProcessedEvents processed, MeterRegistry metrics) {
        this.group = group;
        this.processed = processed;
        this.metrics = metrics;
    }

    public String group() {
        return group;
    }

    public void process(ConsumerRecord<String, byte[]> record, Consumer<IncomingEvent> handler) {
        IncomingEvent event = decode(record);
        String topic = mainTopic(record.topic());
        try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestIds.MDC_KEY, event.requestId());
             MDC.MDCCloseable eventId = MDC.putCloseable("eventId", event.id())) {
            if (processed.contains(group, event.id())) {
                count(topic, "duplicate");
                log.debug("Skipping event {} ({}): already processed by {}", event.id(), event.type(), group);
                return;
            }
            try {
                handler.accept(event);
            } catch (RuntimeException e) {
                count(topic, "failed");
                throw e;
            }
            processed.record(group, event.id(), topic);
            count(topic, "processed");
        }
    }

    private IncomingEvent decode(ConsumerRecord<String, byte[]> record) {
        try {
            return CloudEventRecords.fromRecord(record);
        } catch (CloudEventRWException | IllegalArgumentException e) {
            count(mainTopic(record.topic()), "failed");
            throw new InvalidEventException("record " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " is not a valid CloudEvent: " + e.getMessage(), e);
        }
    }

    /** Retry topics count against the topic the event was published on. */
    private String mainTopic(String topic) {
        int retry = topic.indexOf("-" + group + "-retry");
        return retry < 0 ? topic : topic.substring(0, retry);
    }

    private void count(String topic, String outcome) {
        metrics.counter("backstride.events.consumed", "topic", topic, "group", group, "outcome", outcome).increment();
    }
}
