package io.backstride.assessment.application;

import java.util.List;
import java.util.Locale;

/**
 * An assessment or check-in as it arrived, not yet checked: any field may be missing or malformed.
 *
 * @param tenantId       the race organiser; from the request body until tokens carry it
 * @param fallbackLocale the locale to word urgent-care advice in when {@code locale} itself is unusable
 */
public record SubmissionCommand(String runnerId, String idempotencyKey, String tenantId, String raceId, String locale,
                                Locale fallbackLocale, List<InstrumentAnswers> submissions) {
}
