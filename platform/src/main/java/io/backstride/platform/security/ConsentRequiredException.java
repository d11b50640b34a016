package io.backstride.platform.security;

import java.net.URI;

/** The runner has no consent in force for the processing of health data: 403 with type {@link #TYPE}. */
public class ConsentRequiredException extends RuntimeException {

    public static final URI TYPE = URI.create("https://backstride.io/problems/consent-required");

    public ConsentRequiredException() {
        super("Health data is taken only with the runner's consent in force: give consent to the current consent text "
                + "(POST /api/v1/identity/me/consents) and retry. A consent given a moment ago may take a few seconds to reach this service.");
    }
}
