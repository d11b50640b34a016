package io.backstride.content.messaging;

import io.backstride.content.domain.review.ContentEvent;
import io.backstride.content.domain.review.ContentPublished;
import io.backstride.content.domain.review.ContentRetired;
import io.backstride.platform.events.OutboxEvent;
import io.backstride.platform.events.OutboxEvents;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns what a content item tells the platform into outbox entries on its kind's topic, keyed by content id. */
@Component
public class ContentOutbox {

    private final OutboxEvents outboxEvents;

    ContentOutbox(OutboxEvents outboxEvents) {
        this.outboxEvents = outboxEvents;
    }

    public List<OutboxEvent> entriesFor(List<ContentEvent> events) {
        return events.stream().map(this::entryFor).toList();
    }

    private OutboxEvent entryFor(ContentEvent event) {
        var key = event.key();
        var topic = ContentTopics.of(key.type());
        return switch (event) {
            case ContentPublished published -> outboxEvents.create(topic, ContentPublishedV1.TYPE, key.id(),
                    new ContentPublishedV1(key.type(), key.id(), key.locale(), published.version(),
                            published.publishedAt(), published.content()));
            case ContentRetired retired -> outboxEvents.create(topic, ContentRetiredV1.TYPE, key.id(),
                    new ContentRetiredV1(key.type(), key.id(), key.locale(), retired.version(), retired.retiredAt()));
        };
    }
}
