package io.backstride.content.domain.review;

import io.backstride.content.domain.library.ContentKey;

/** A review step was refused; nothing changed. */
public abstract sealed class WorkflowException extends RuntimeException
        permits IllegalTransitionException, SelfApprovalException, RejectionCommentMissingException {

    private final ContentKey key;

    WorkflowException(ContentKey key, String message) {
        super(key + ": " + message);
        this.key = key;
    }

    public ContentKey key() {
        return key;
    }
}
