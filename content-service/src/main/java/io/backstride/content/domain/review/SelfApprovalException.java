package io.backstride.content.domain.review;

import io.backstride.content.domain.library.ContentKey;

/** Two-person rule: whoever wrote or edited a version cannot approve it. */
public final class SelfApprovalException extends WorkflowException {

    private final String reviewer;

    SelfApprovalException(ContentKey key, String reviewer, int version) {
        super(key, reviewer + " wrote or edited version " + version + " and cannot approve it");
        this.reviewer = reviewer;
    }

    public String reviewer() {
        return reviewer;
    }
}
