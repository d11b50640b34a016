package io.backstride.content.persistence;

import io.backstride.content.domain.review.ReviewAction;
import io.backstride.content.domain.review.ReviewStatus;
import java.time.Instant;

/** One recorded review step as stored. */
public record StoredTransition(int version, ReviewAction action, ReviewStatus from, ReviewStatus to, String actor,
        Instant at, String comment) {
}
