package io.backstride.content.domain.review;

import io.backstride.content.domain.library.Content;
import io.backstride.content.domain.library.ContentKey;
import java.time.Instant;

/**
 * A version went live, carrying its full content so that other services can keep their own copy.
 * It replaces any version published before it, which needs no separate retirement event.
 */
public record ContentPublished(ContentKey key, int version, Content content, String approvedBy, Instant publishedAt)
        implements ContentEvent {
}
