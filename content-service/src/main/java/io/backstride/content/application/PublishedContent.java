package io.backstride.content.application;

import io.backstride.content.domain.library.Content;
import io.backstride.content.domain.library.ContentKey;
import java.time.Instant;

/**
 * A version that was published, as readers get it.
 *
 * @param live whether it is the version served now (false for an older version asked for by number)
 * @param etag strong entity tag: changes whenever the version or its content does
 */
public record PublishedContent(ContentKey key, int version, Content content, Instant publishedAt, boolean live,
        String etag) {
}
