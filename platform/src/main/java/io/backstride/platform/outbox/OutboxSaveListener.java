package io.backstride.platform.outbox;

import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/**
 * Gives the relay's fast path a hint whenever a document with pending outbox events has been saved
 * (repository or template {@code save}/{@code insert}). Code that writes outbox events with other
 * operations calls {@link OutboxRelay#hint} itself, or leaves them to the sweep.
 */
public class OutboxSaveListener extends AbstractMongoEventListener<Object> {

    private final OutboxRelay relay;

    public OutboxSaveListener(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Object> event) {
        Document document = event.getDocument();
        if (document != null && document.get(Outbox.FIELD) instanceof Document outbox
                && outbox.get("pending") instanceof List<?> pending && !pending.isEmpty()) {
            relay.hint(event.getCollectionName(), document.get("_id"));
        }
    }
}
