package io.backstride.content.domain.library;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of content, each with the collection name used in seed folders and API paths. */
public enum ContentType {
    ARTICLE("articles", Article.class),
    EXERCISE("exercises", Exercise.class),
    TECHNIQUE_CUE("technique-cues", TechniqueCue.class),
    SCOPE_STATEMENT("scope-statements", ScopeStatement.class);

    private final String collection;
    private final Class<? extends Content> contentClass;

    ContentType(String collection, Class<? extends Content> contentClass) {
        this.collection = collection;
        this.contentClass = contentClass;
    }

    public String collection() {
        return collection;
    }

    public Class<? extends Content> contentClass() {
        return contentClass;
    }

    public static Optional<ContentType> fromCollection(String collection) {
        return Arrays.stream(values()).filter(type -> type.collection.equals(collection)).findFirst();
    }
}
