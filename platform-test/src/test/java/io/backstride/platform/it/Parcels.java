package io.backstride.platform.it;

import java.util.Map;

import io.backstride.platform.events.EventTopics;
import io.backstride.platform.events.OutboxEvents;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

/** The test service's use case: label a parcel, publishing {@code ParcelLabelled} through the outbox. */
@Service
public class Parcels {

    public static final String TOPIC = "platform.parcel.v1";
    public static final String LABELLED = "backstride.platform.ParcelLabelled.v1";

    private final ParcelRepository repository;
    private final OutboxEvents events;

    Parcels(ParcelRepository repository, OutboxEvents events) {
        this.repository = repository;
        this.events = events;
    }

    public Parcel label(String parcelId, String label) {
        Parcel parcel = repository.findById(parcelId).orElseGet(() -> new Parcel(parcelId));
        parcel.label(label, events.create(TOPIC, LABELLED, parcelId,
                Map.of("parcelId", parcelId, "label", label, "labelCount", parcel.labels().size() + 1)));
        return repository.save(parcel);
    }

    @Configuration(proxyBeanMethods = false)
    static class Topics {
        @Bean
        NewTopic parcelTopic(EventTopics topics) {
            return topics.runnerKeyed(TOPIC);
        }
    }
}
