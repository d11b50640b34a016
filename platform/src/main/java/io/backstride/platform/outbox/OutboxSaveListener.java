package io.backstride.platform.outbox;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;

/**
 * Keeps service code free of outbox plumbing around repository or template {@code save}/{@code insert}:
 * <ul>
 * <li>before a document with pending outbox events is written, registers its {@link OutboxIntent intent}
 * (so if the process dies after the write, the sweep finds the document without scanning the collection; if the
 * write fails, the intent expires);</li>
 * <li>after it was written, gives the relay's fast path a hint with the events it was saved with.</li>
 * </ul>
 * Code that writes outbox events with other operations calls {@link OutboxRelay#registerIntent} before and
 * {@link OutboxRelay#hint} after.
 */
public class OutboxSaveListener extends AbstractMongoEventListener<Object> {

    private final OutboxRelay relay;
    private final MongoMappingContext mapping;

    public OutboxSaveListener(OutboxRelay relay, MongoMappingContext mapping) {
        this.relay = relay;
        this.mapping = mapping;
    }

    /**
     * Runs after the entity was mapped and before the write; a failure here (MongoDB out of reach) fails the
     * save, so no document is ever written with events but without an intent. Every pending event is
     * registered, not only new ones: a save based on a stale read may put back an event already sent and
     * cleared from the intent.
     */
    @Override
    public void onBeforeSave(BeforeSaveEvent<Object> event) {
        Document document = event.getDocument();
        List<?> pending = pending(document);
        if (pending.isEmpty() || !relay.collections().contains(event.getCollectionName())) {
            return;
        }
        if (document.get("_id") == null) {
            // an insert that leaves the id to the driver: fix it now, so the intent can name the document
            document.put("_id", new ObjectId());
        }
        List<String> eventIds = new ArrayList<>(pending.size());
        for (Object item : pending) {
            if (item instanceof Document stored && stored.get("_id") instanceof String id) {
                eventIds.add(id);
            }
        }
        relay.registerIntentIds(event.getCollectionName(), document.get("_id"), eventIds);
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Object> event) {
        Document document = event.getDocument();
        if (pending(document).isEmpty()) {
            return;
        }
        Outbox saved = outboxOf(event.getSource());
        if (saved != null && !saved.isEmpty()) {
            relay.hint(event.getCollectionName(), document.get("_id"), saved.getPending());
        } else {
            relay.hint(event.getCollectionName(), document.get("_id"));
        }
    }

    private static List<?> pending(Document document) {
        if (document == null || !(document.get(Outbox.FIELD) instanceof Document outbox)
                || !(outbox.get("pending") instanceof List<?> pending)) {
            return List.of();
        }
        return pending;
    }

    private Outbox outboxOf(Object source) {
        MongoPersistentEntity<?> entity = mapping.getPersistentEntity(source.getClass());
        MongoPersistentProperty property = entity == null ? null : entity.getPersistentProperty(Outbox.FIELD);
        if (property == null || !Outbox.class.equals(property.getType())) {
            return null;
        }
        return (Outbox) entity.getPropertyAccessor(source).getProperty(property);
    }
}
