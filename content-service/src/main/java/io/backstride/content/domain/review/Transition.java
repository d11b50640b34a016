package io.backstride.content.domain.review;

import java.time.Instant;

/**
 * One recorded step in an item's history.
 *
 * @param from    status of the version before the step; null when the step created the version
 * @param comment the person's comment, or null (a rejection always has one)
 */
public record Transition(
        int version,
        ReviewAction action,
        ReviewStatus from,
        ReviewStatus to,
        String actor,
        Instant at,
        String comment) {
}
