package io.backstride.assessment.domain.instrument;

/** What is wrong with a submitted answer, or with the set of instruments submitted together. */
public enum ProblemCode {
    UNKNOWN_INSTRUMENT,
    /** The runner answered another version than the one in force: questions or rules may have changed. */
    STALE_INSTRUMENT_VERSION,
    DUPLICATE_INSTRUMENT,
    MISSING_INSTRUMENT,
    UNKNOWN_ITEM,
    WRONG_TYPE,
    OUT_OF_RANGE,
    UNKNOWN_OPTION,
    TOO_LONG,
    /** A required item that skip logic shows has no answer; never read as "no". */
    MISSING_REQUIRED,
    /** An answer to an item that skip logic hides, e.g. left over after an earlier answer changed. */
    ANSWER_TO_HIDDEN_ITEM
}
