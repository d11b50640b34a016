package io.backstride.identity.messaging;

import java.time.Instant;

/** A runner consented to the processing of their health data under a version of the consent text. */
public record ConsentGiven(String runnerId, String tenantId, int consentVersion, Instant givenAt) {
}
