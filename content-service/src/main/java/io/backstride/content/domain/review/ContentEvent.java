package io.backstride.content.domain.review;

import io.backstride.content.domain.library.ContentKey;

/** What a content item tells the rest of the platform. */
public sealed interface ContentEvent permits ContentPublished, ContentRetired {

    ContentKey key();

    int version();
}
