package io.backstride.identity.application;

import java.util.Set;

import io.backstride.identity.domain.Role;

/** Who is calling an API, as the access token says (never taken from a header or body). */
public record Caller(String subject, String tenantId, Set<Role> roles, String runnerId, String clientId) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Platform admins act in every tenant; organiser staff only in their own. */
    public boolean mayManageTenant(String tenant) {
        return has(Role.PLATFORM_ADMIN)
                || ((has(Role.ORGANISER_ADMIN) || has(Role.ORGANISER_STAFF)) && tenant.equals(tenantId));
    }
}
