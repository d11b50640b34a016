package io.backstride.assessment.domain.instrument;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A runner's answers to one version of one instrument. A null value or a blank text counts as no
 * answer, the same as leaving the item out.
 *
 * @param instrumentVersion the version the runner was shown; answers to an older version are refused
 */
public record Submission(String instrumentId, String instrumentVersion, Map<String, Answer> answers) {

    public Submission {
        var kept = new LinkedHashMap<String, Answer>();
        if (answers != null) {
            answers.forEach((itemId, answer) -> {
                if (answer != null && !(answer instanceof Answer.Text text && text.value().isBlank())) {
                    kept.put(itemId, answer);
                }
            });
        }
        answers = Collections.unmodifiableMap(kept);
    }

    /** Builds a submission from answer values as a JSON binder hands them over. */
    public static Submission fromJson(String instrumentId, String instrumentVersion, Map<String, ?> values) {
        var answers = new LinkedHashMap<String, Answer>();
        values.forEach((itemId, value) -> {
            if (value != null) {
                answers.put(itemId, Answer.fromJson(value));
            }
        });
        return new Submission(instrumentId, instrumentVersion, answers);
    }
}
