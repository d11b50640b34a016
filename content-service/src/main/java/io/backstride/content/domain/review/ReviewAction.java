package io.backstride.content.domain.review;

/** What a person can do to a content item. */
public enum ReviewAction {
    CREATE,
    EDIT,
    SUBMIT,
    /** Approval by a second person publishes the version. */
    APPROVE,
    REJECT,
    RETIRE
}
