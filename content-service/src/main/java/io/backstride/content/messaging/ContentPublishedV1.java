package io.backstride.content.messaging;

import io.backstride.content.domain.library.Content;
import io.backstride.content.domain.library.ContentType;
import java.time.Instant;

/**
 * Payload of {@code backstride.content.ContentPublished.v1}: a version went live and replaces any version
 * of the same id and locale published before it.
 *
 * @param content the whole published content in the library's JSON shape (the shape of the seed files),
 *                so that consumers keep their own read model without calling this service
 */
public record ContentPublishedV1(ContentType contentType, String id, String locale, int version,
        Instant publishedAt, Content content) {

    public static final String TYPE = "backstride.content.ContentPublished.v1";
}
