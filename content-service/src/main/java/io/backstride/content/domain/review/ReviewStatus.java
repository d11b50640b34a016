package io.backstride.content.domain.review;

import java.util.EnumSet;
import java.util.Set;

/** The life of one version: DRAFT → IN_REVIEW → PUBLISHED → RETIRED, and back to DRAFT on rejection. */
public enum ReviewStatus {
    /** Being written; edits change this version. */
    DRAFT(ReviewAction.EDIT, ReviewAction.SUBMIT),
    /** Waiting for a second person; nobody edits it. */
    IN_REVIEW(ReviewAction.APPROVE, ReviewAction.REJECT),
    /** Live and unchangeable; an edit starts a new version. */
    PUBLISHED(ReviewAction.EDIT, ReviewAction.RETIRE),
    /** Withdrawn or superseded; an edit starts a new version. */
    RETIRED(ReviewAction.EDIT);

    private final Set<ReviewAction> allowed;

    ReviewStatus(ReviewAction first, ReviewAction... rest) {
        this.allowed = EnumSet.of(first, rest);
    }

    public boolean allows(ReviewAction action) {
        return allowed.contains(action);
    }
}
