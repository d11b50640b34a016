package io.backstride.content.domain.review;

import io.backstride.content.domain.Samples;
import io.backstride.content.domain.library.Content;
import io.backstride.content.domain.validation.ContentValidator;
import io.backstride.content.domain.validation.KnownContent;
import io.backstride.content.domain.validation.ValidContent;
import java.time.Duration;
import java.time.Instant;

/** Items in each review status, and the steps the tests take on them. */
final class ReviewFixtures {

    static final String AUTHOR = "author-ann";
    static final String REVIEWER = "clinician-bea";
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private static final ContentValidator VALIDATOR = new ContentValidator(KnownContent.none());

    private ReviewFixtures() {
    }

    static ValidContent valid(Content content) {
        return VALIDATOR.require(content);
    }

    static ValidContent exercise(String summary) {
        return valid(Samples.exercise("glute-bridge").summary(summary).build());
    }

    static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    static ContentItem draft() {
        return ContentItem.create(exercise("First words."), AUTHOR, T0);
    }

    static ContentItem inReview() {
        var item = draft();
        item.submit(AUTHOR, at(1), "ready");
        return item;
    }

    static ContentItem published() {
        var item = inReview();
        item.approve(REVIEWER, at(2), "looks right");
        item.releaseEvents();
        return item;
    }

    static ContentItem retired() {
        var item = published();
        item.retire(REVIEWER, at(3), "replaced by better advice");
        item.releaseEvents();
        return item;
    }

    static ContentItem itemIn(ReviewStatus status) {
        return switch (status) {
            case DRAFT -> draft();
            case IN_REVIEW -> inReview();
            case PUBLISHED -> published();
            case RETIRED -> retired();
        };
    }

    static void take(ReviewAction action, ContentItem item) {
        switch (action) {
            case EDIT -> item.edit(exercise("Edited words."), AUTHOR, at(10));
            case SUBMIT -> item.submit(AUTHOR, at(10), null);
            case APPROVE -> item.approve(REVIEWER, at(10), null);
            case REJECT -> item.reject(REVIEWER, at(10), "Please say how far to lift.");
            case RETIRE -> item.retire(REVIEWER, at(10), "no longer advised");
            case CREATE -> throw new IllegalArgumentException("an existing item cannot be created");
        }
    }
}
