package io.backstride.assessment.domain.instrument;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Answers keyed by item id that rules and scores read; after validation only shown, well-formed ones. */
public final class Answers {

    private static final Answers NONE = new Answers(Map.of());

    private final Map<String, Answer> byItem;

    private Answers(Map<String, Answer> byItem) {
        this.byItem = Collections.unmodifiableMap(new LinkedHashMap<>(byItem));
    }

    public static Answers of(Map<String, Answer> byItem) {
        return new Answers(byItem);
    }

    public static Answers none() {
        return NONE;
    }

    public Optional<Answer> find(String itemId) {
        return Optional.ofNullable(byItem.get(itemId));
    }

    public boolean has(String itemId) {
        return byItem.containsKey(itemId);
    }

    public Set<String> itemIds() {
        return byItem.keySet();
    }

    public Map<String, Answer> asMap() {
        return byItem;
    }

    @Override
    public String toString() {
        return byItem.toString();
    }
}
