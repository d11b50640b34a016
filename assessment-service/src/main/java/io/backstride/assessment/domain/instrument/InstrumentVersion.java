package io.backstride.assessment.domain.instrument;

/** Names the exact instrument a result came from. */
public record InstrumentVersion(String id, String version) {
}
