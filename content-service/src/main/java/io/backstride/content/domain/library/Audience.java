package io.backstride.content.domain.library;

/** Who an article is written for. */
public enum Audience {
    RUNNER,
    ORGANISER,
    CLINICIAN
}
