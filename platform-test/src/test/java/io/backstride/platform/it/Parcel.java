package io.backstride.platform.it;

import java.util.ArrayList;
import java.util.List;

import io.backstride.platform.events.OutboxEvent;
import io.backstride.platform.outbox.Outbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A test aggregate whose every change registers an event in its outbox. */
@Document("parcels")
public class Parcel {

    @Id
    private String id;
    @Version
    private Long version;
    private List<String> labels = new ArrayList<>();
    private Outbox outbox = new Outbox();

    Parcel() {
    }

    public Parcel(String id) {
        this.id = id;
    }

    public void label(String label, OutboxEvent event) {
        labels.add(label);
        outbox.add(event);
    }

    public String id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public List<String> labels() {
        return labels;
    }

    public Outbox outbox() {
        return outbox;
    }
}
