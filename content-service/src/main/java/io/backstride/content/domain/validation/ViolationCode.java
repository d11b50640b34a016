package io.backstride.content.domain.validation;

/** The kinds of problem validation reports. */
public enum ViolationCode {
    /** Missing, empty or blank. */
    REQUIRED,
    TOO_LONG,
    /** Present but not in the expected form (slug, language tag, URL, caption timing). */
    MALFORMED,
    OUT_OF_RANGE,
    /** An exercise lacks one of its three levels. */
    MISSING_LEVEL,
    DUPLICATE,
    /** Points at content that does not exist. */
    UNKNOWN_REFERENCE,
    /** Points at itself where another item is meant. */
    SELF_REFERENCE,
    /** Two fields that cannot go together, or neither of two that need one. */
    CONFLICT
}
