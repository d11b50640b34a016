package io.backstride.platform.outbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.backstride.platform.events.OutboxEvent;

/**
 * The transactional outbox of one aggregate, embedded in the aggregate's own document as a field named
 * {@code outbox}. Events are added in the same in-memory change as the state they describe, so saving
 * the document writes both in one single-document (hence atomic) MongoDB write; the {@link OutboxRelay}
 * publishes them afterwards and pulls them out once the broker has acknowledged them.
 */
public class Outbox {

    /** The document field every outbox-carrying aggregate uses. */
    public static final String FIELD = "outbox";
    static final String PENDING = FIELD + ".pending";
    /** Indexed: the sweep finds documents by the time of their pending events. */
    static final String PENDING_TIME = PENDING + ".time";

    private List<OutboxEvent> pending = new ArrayList<>();

    public void add(OutboxEvent event) {
        pending.add(event);
    }

    public List<OutboxEvent> getPending() {
        return Collections.unmodifiableList(pending);
    }

    public boolean isEmpty() {
        return pending.isEmpty();
    }
}
