package io.backstride.content.messaging;

import io.backstride.content.domain.library.ContentType;
import java.time.Instant;

/**
 * Payload of {@code backstride.content.ContentRetired.v1}: the live version was withdrawn and the id is no
 * longer offered in this locale until a new version is published.
 */
public record ContentRetiredV1(ContentType contentType, String id, String locale, int version, Instant retiredAt) {

    public static final String TYPE = "backstride.content.ContentRetired.v1";
}
