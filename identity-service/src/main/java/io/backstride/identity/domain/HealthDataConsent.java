package io.backstride.identity.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A runner's consent to the processing of their health data: given to one version of the consent text,
 * withdrawable at any time, with a bounded history of decisions (the audit log keeps all of them).
 */
public final class HealthDataConsent {

    public static final int HISTORY_LIMIT = 50;

    public enum Decision { GIVEN, WITHDRAWN }

    public record Entry(Decision decision, int version, Instant at) {
    }

    private final List<Entry> history;

    public HealthDataConsent(List<Entry> history) {
        this.history = new ArrayList<>(history);
    }

    /** @return the entry recorded; refuses a version other than the current one */
    public Entry give(int version, ConsentText current, Instant at) {
        if (version != current.version()) {
            throw new IllegalArgumentException("consent can only be given to the current version " + current.version());
        }
        return record(new Entry(Decision.GIVEN, version, at));
    }

    /** @return the entry recorded; refuses when there is no consent to withdraw */
    public Entry withdraw(Instant at) {
        Entry current = current();
        if (current == null) {
            throw new IllegalStateException("there is no consent to withdraw");
        }
        return record(new Entry(Decision.WITHDRAWN, current.version(), at));
    }

    /** @return the consent in force (the last decision, when it gave consent), or null */
    public Entry current() {
        if (history.isEmpty()) {
            return null;
        }
        Entry last = history.getLast();
        return last.decision() == Decision.GIVEN ? last : null;
    }

    /** @return whether the consent in force covers the given text version */
    public boolean covers(int version) {
        Entry current = current();
        return current != null && current.version() == version;
    }

    public List<Entry> history() {
        return List.copyOf(history);
    }

    private Entry record(Entry entry) {
        history.add(entry);
        while (history.size() > HISTORY_LIMIT) {
            history.removeFirst();
        }
        return entry;
    }
}
