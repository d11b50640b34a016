package io.backstride.programme.domain.programme;

/** Where a programme is in its life; only an ACTIVE programme progresses. */
public enum ProgrammeStatus {
    ACTIVE,
    /** Stopped by an escalation; stays stopped until a new assessment replaces it. */
    SUSPENDED,
    COMPLETED,
    /** Replaced by a programme from a newer assessment. */
    SUPERSEDED
}
