package io.backstride.programme.domain.plan;

/** Why no programme was made. */
public enum RefusalReason {
    /** Only PROCEED and PROCEED_WITH_CAUTION may lead to a programme. */
    OUTCOME_DOES_NOT_ALLOW_PROGRAMME,
    NO_RUNNING_DAYS,
    RACE_DATE_NOT_AFTER_START,
    /** The published library lacks mobility or strength exercises. */
    LIBRARY_INCOMPLETE,
    /** A newer assessment already planned the runner's programme (an older event arrived late). */
    OLDER_THAN_CURRENT_ASSESSMENT,
    /** This assessment already produced the current programme (a redelivered event). */
    ALREADY_PLANNED
}
