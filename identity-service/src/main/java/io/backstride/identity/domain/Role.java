package io.backstride.identity.domain;

/** What a signed-in party may do on the platform; carried in the {@code roles} claim of every access token. */
public enum Role {
    PLATFORM_ADMIN, ORGANISER_ADMIN, ORGANISER_STAFF, CLINICIAN, AUTHOR, OPS, RUNNER, PARTNER;

    /** Roles that only make sense inside one race organiser (tenant). */
    public boolean tenantScoped() {
        return this == ORGANISER_ADMIN || this == ORGANISER_STAFF || this == RUNNER;
    }
}
