package io.backstride.platform.outbox;

import java.util.List;

import io.backstride.platform.events.OutboxEvent;

/** The events still waiting in one document's outbox, in the order they were added. */
public record PendingEvents(Object documentId, List<OutboxEvent> events) {
}
