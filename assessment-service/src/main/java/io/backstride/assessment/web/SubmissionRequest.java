package io.backstride.assessment.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.backstride.assessment.application.InstrumentAnswers;
import io.backstride.assessment.application.SubmissionCommand;

/**
 * The body of an assessment or a check-in: an optional race, the locale to answer in, and the answers to each
 * instrument at the version the runner was shown. The runner comes from the path or the token and the tenant (race
 * organiser) from the token only: the body cannot name either. Nothing is checked by bean validation: every
 * problem is reported together with the answers' problems, so that a malformed envelope never holds back
 * urgent-care advice.
 */
public record SubmissionRequest(String raceId, String locale, List<Answers> submissions) {

    /** Answers by item id: {@code true}/{@code false}, a number, or a string (an option value or short text). */
    public record Answers(String instrumentId, String version, Map<String, Object> answers) {
    }

    SubmissionCommand toCommand(String runnerId, String tenantId, String idempotencyKey, Locale fallbackLocale) {
        return new SubmissionCommand(runnerId, idempotencyKey, tenantId, raceId, locale, fallbackLocale,
                submissions == null ? null : submissions.stream()
                        .map(answers -> answers == null ? null
                                : new InstrumentAnswers(answers.instrumentId(), answers.version(), answers.answers()))
                        .toList());
    }
}
