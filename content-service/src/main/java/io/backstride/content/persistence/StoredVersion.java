package io.backstride.content.persistence;

import io.backstride.content.domain.review.ReviewStatus;
import java.util.Map;

/** One version of an item as stored: the content is kept in its library JSON shape (the seed file shape). */
public record StoredVersion(int number, ReviewStatus status, Map<String, Object> content) {
}
