package io.backstride.assessment.application;

import java.util.List;
import java.util.Locale;

/**
 * An assessment or check-in as it arrived, not yet checked: any field may be missing or malformed.
 *
 * @param runnerId       the runner whose data this is, as {@code RunnerAccess} allowed it
 * @param tenantId       the race organiser: from the caller's access token, never from the request body
 * @param fallbackLocale the locale to word urgent-care advice in when {@code locale} itself is unusable
 */
public record SubmissionCommand(String runnerId, String idempotencyKey, String tenantId, String raceId, String locale,
                                Locale fallbackLocale, List<InstrumentAnswers> submissions) {
}
