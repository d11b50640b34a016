package io.backstride.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.backstride.identity.application.Caller;
import io.backstride.identity.application.TokenClaims;
import io.backstride.identity.domain.Role;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller of an API, from the validated access token only. */
final class Callers {

    private Callers() {
    }

    static Caller of(Jwt token) {
        List<String> names = token.getClaimAsStringList(TokenClaims.ROLES);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(name -> {
                try {
                    roles.add(Role.valueOf(name));
                } catch (IllegalArgumentException unknownRole) {
                    // a role this service does not know grants nothing here
                }
            });
        }
        return new Caller(token.getSubject(), token.getClaimAsString(TokenClaims.TENANT), roles,
                token.getClaimAsString(TokenClaims.RUNNER_ID), token.getClaimAsString(TokenClaims.CLIENT_ID));
    }
}
