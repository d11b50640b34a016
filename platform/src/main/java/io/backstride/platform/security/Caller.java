package io.backstride.platform.security;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, as the validated access token says; never taken from a header or a body. Controllers declare
 * a {@code Caller} parameter to get it.
 *
 * @param subject   the token's {@code sub}: an account id, or a client id for service clients
 * @param tenantId  the race organiser the caller belongs to, if any
 * @param roles     role names of the {@code roles} claim (see {@link Roles})
 * @param runnerId  for runners and partner apps acting for one: the runner
 * @param clientId  the OAuth2 client the token was issued to
 * @param scopes    the granted scopes (partner apps: {@code runner.read}, {@code runner.write})
 */
public record Caller(String subject, String tenantId, Set<String> roles, String runnerId, String clientId,
                     Set<String> scopes) {

    public static final String TENANT_CLAIM = "tenant";
    public static final String ROLES_CLAIM = "roles";
    public static final String RUNNER_ID_CLAIM = "runner_id";
    public static final String CLIENT_ID_CLAIM = "client_id";

    public Caller {
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
    }

    public static Caller of(Jwt token) {
        return new Caller(token.getSubject(), token.getClaimAsString(TENANT_CLAIM), strings(token, ROLES_CLAIM),
                token.getClaimAsString(RUNNER_ID_CLAIM), token.getClaimAsString(CLIENT_ID_CLAIM), scopes(token));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... anyOf) {
        return Arrays.stream(anyOf).anyMatch(roles::contains);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** Platform admins act in every tenant; organiser admins and staff only in their own. */
    public boolean mayManageTenant(String tenant) {
        return hasRole(Roles.PLATFORM_ADMIN)
                || (hasAnyRole(Roles.ORGANISER_ADMIN, Roles.ORGANISER_STAFF) && tenant != null && tenant.equals(tenantId));
    }

    private static Set<String> strings(Jwt token, String claim) {
        List<String> values = token.hasClaim(claim) ? token.getClaimAsStringList(claim) : null;
        return values == null ? Set.of() : new LinkedHashSet<>(values);
    }

    private static Set<String> scopes(Jwt token) {
        Object scope = token.getClaims().get("scope");
        if (scope instanceof String text) {
            return new LinkedHashSet<>(Arrays.asList(text.trim().split("\\s+")));
        }
        return strings(token, "scope");
    }
}
