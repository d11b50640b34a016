package io.backstride.content.domain.review;

import io.backstride.content.domain.library.ContentKey;

/** A rejection must tell the author what to change. */
public final class RejectionCommentMissingException extends WorkflowException {

    RejectionCommentMissingException(ContentKey key) {
        super(key, "a rejection needs a comment saying what to change");
    }
}
