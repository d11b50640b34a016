package io.backstride.content.domain.review;

import io.backstride.content.domain.library.ContentKey;
import java.time.Instant;

/** The live version was withdrawn; the item is no longer offered until a new version is published. */
public record ContentRetired(ContentKey key, int version, String retiredBy, Instant retiredAt, String reason)
        implements ContentEvent {
}
