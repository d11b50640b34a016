package io.backstride.platform.security;

import java.util.List;

/**
 * The role names of the {@code roles} claim. They are the platform's vocabulary of who may do what, shared by the
 * identity provider and every resource server; authorities are these names with the {@code ROLE_} prefix.
 */
public final class Roles {

    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    public static final String ORGANISER_ADMIN = "ORGANISER_ADMIN";
    public static final String ORGANISER_STAFF = "ORGANISER_STAFF";
    public static final String CLINICIAN = "CLINICIAN";
    public static final String AUTHOR = "AUTHOR";
    public static final String OPS = "OPS";
    public static final String RUNNER = "RUNNER";
    public static final String PARTNER = "PARTNER";

    /** Every role, in a fixed order (the authorisation contract picks refused roles from it). */
    public static final List<String> ALL = List.of(PLATFORM_ADMIN, ORGANISER_ADMIN, ORGANISER_STAFF, CLINICIAN, AUTHOR,
            OPS, RUNNER, PARTNER);

    private Roles() {
    }
}
