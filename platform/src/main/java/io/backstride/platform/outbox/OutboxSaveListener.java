package io.backstride.platform.outbox;

import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/**
 * Gives the relay's fast path a hint whenever a document with pending outbox events has been saved
 * (repository or template {@code save}/{@code insert}). Code that writes outbox events with other
 * operations calls {@link OutboxRelay#hint} itself, or leaves them to the sweep.
 */
public class OutboxSaveListener extends AbstractMongoEventListener<Object> {

    private final OutboxRelay relay;
    private final MongoMappingContext mapping;

    public OutboxSaveListener(OutboxRelay relay, MongoMappingContext mapping) {
        this.relay = relay;
        this.mapping = mapping;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Object> event) {
        Document document = event.getDocument();
        if (document == null || !(document.get(Outbox.FIELD) instanceof Document outbox)
                || !(outbox.get("pending") instanceof List<?> pending) || pending.isEmpty()) {
            return;
        }
        Outbox saved = outboxOf(event.getSource());
        if (saved != null && !saved.isEmpty()) {
            relay.hint(event.getCollectionName(), document.get("_id"), saved.getPending());
        } else {
            relay.hint(event.getCollectionName(), document.get("_id"));
        }
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
