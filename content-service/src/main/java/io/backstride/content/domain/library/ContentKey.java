package io.backstride.content.domain.library;

import java.util.Objects;

/** Identifies a content item: its type, its id (or slug) and its locale. */
public record ContentKey(ContentType type, String id, String locale) {

    public ContentKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(locale, "locale");
    }

    @Override
    public String toString() {
        return type.collection() + "/" + id + " (" + locale + ")";
    }
}
