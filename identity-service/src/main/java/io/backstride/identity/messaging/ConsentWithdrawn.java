package io.backstride.identity.messaging;

import java.time.Instant;

/** A runner withdrew their consent: from now on no service may take health data from them. */
public record ConsentWithdrawn(String runnerId, String tenantId, int consentVersion, Instant withdrawnAt) {
}
