package io.backstride.content.domain.review;

import io.backstride.content.domain.library.ContentKey;

/** The action is not allowed from the current status. */
public final class IllegalTransitionException extends WorkflowException {

    private final ReviewStatus current;
    private final ReviewAction attempted;

    IllegalTransitionException(ContentKey key, ReviewStatus current, ReviewAction attempted) {
        super(key, "cannot " + attempted + " while the latest version is " + current);
        this.current = current;
        this.attempted = attempted;
    }

    public ReviewStatus current() {
        return current;
    }

    public ReviewAction attempted() {
        return attempted;
    }
}
