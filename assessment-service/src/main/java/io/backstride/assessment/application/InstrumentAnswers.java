package io.backstride.assessment.application;

import java.util.Map;

/** The answers to one instrument as the client sent them: values are JSON booleans, numbers or strings. */
public record InstrumentAnswers(String instrumentId, String version, Map<String, Object> answers) {
}
