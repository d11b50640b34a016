package io.backstride.content.domain.validation;

import io.backstride.content.domain.library.Content;
import io.backstride.content.domain.library.ContentType;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** What content exists, in any locale, so that links between items can be checked. */
@FunctionalInterface
public interface KnownContent {

    boolean exists(ContentType type, String id);

    static KnownContent none() {
        return (type, id) -> false;
    }

    static KnownContent of(Collection<? extends Content> contents) {
        Set<String> keys = contents.stream().map(content -> keyOf(content.type(), content.id()))
                .collect(Collectors.toUnmodifiableSet());
        return (type, id) -> keys.contains(keyOf(type, id));
    }

    private static String keyOf(ContentType type, String id) {
        return type + "/" + id;
    }
}
