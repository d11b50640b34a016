package io.backstride.assessment.domain.instrument;

/**
 * An answer pattern that raises the outcome.
 *
 * @param version   bumped whenever the rule's meaning changes, so every recorded decision names the
 *                  exact rule that made it
 * @param reasonKey key of the plain-language reason shown to the runner
 */
public record SafetyRule(String id, int version, OutcomeLevel level, Condition when, String reasonKey) {
}
