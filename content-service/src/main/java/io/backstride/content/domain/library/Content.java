package io.backstride.content.domain.library;

/** One piece of content in one locale, the body of a versioned content item. */
public sealed interface Content permits Article, Exercise, TechniqueCue, ScopeStatement {

    ContentType type();

    /** Stable identifier, shared by every locale of the same item (an article's slug). */
    String id();

    /** BCP 47 language tag, e.g. {@code en-GB}. */
    String locale();

    default ContentKey key() {
        return new ContentKey(type(), id(), locale());
    }
}
