package io.backstride.content.persistence;

import io.backstride.content.domain.review.ContentItem;

/** A content item as loaded from the store, with the document that carries its revision and seed hash. */
public record StoredItem(ContentItem item, ContentItemDocument document) {

    public String seedHash() {
        return document.seedHash();
    }
}
