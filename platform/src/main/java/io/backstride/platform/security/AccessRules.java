package io.backstride.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A service's route-level rules: which roles may call which operations. The platform's filter chain applies them
 * in order (first match wins); an API route served by a controller but matched by no rule is refused, so a new
 * endpoint is closed until someone writes its rule. The authorisation contract test reads the same rules to walk
 * every operation of the service's OpenAPI document. Object-level checks (whose data) stay in the service.
 *
 * <pre>{@code
 * @Bean AccessRules accessRules() {
 *     return AccessRules.builder()
 *             .rule(HttpMethod.GET, "/api/v1/content/**").authenticated()
 *             .rule(null, "/api/v1/content/authoring/**").roles(Roles.AUTHOR, Roles.CLINICIAN)
 *             .build();
 * }
 * }</pre>
 */
public final class AccessRules {

    private static final PathPatternParser PATTERNS = PathPatternParser.defaultInstance;

    private final List<Rule> rules;

    private AccessRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Several services' or configurations' rules as one, in the order given. */
    public static AccessRules of(Collection<AccessRules> parts) {
        List<Rule> all = new ArrayList<>();
        parts.forEach(part -> all.addAll(part.rules));
        return new AccessRules(all);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The rule that decides a request, as the filter chain would pick it. */
    public Optional<Rule> ruleFor(HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return rules.stream().filter(rule -> rule.matches(method, container)).findFirst();
    }

    /**
     * @param method    the HTTP method, or null for every method
     * @param pattern   a path pattern ({@code *} one segment, {@code **} the rest)
     * @param roles     roles of which the caller needs one; empty when any authenticated caller may
     * @param anonymous whether callers without a token may (public routes only)
     */
    public record Rule(HttpMethod method, String pattern, Set<String> roles, boolean anonymous) {

        public Rule {
            roles = Set.copyOf(roles);
        }

        boolean matches(HttpMethod requestMethod, PathContainer path) {
            return (method == null || method.equals(requestMethod)) && parsed().matches(path);
        }

        private PathPattern parsed() {
            return PATTERNS.parse(pattern);
        }

        public boolean anyAuthenticated() {
            return roles.isEmpty() && !anonymous;
        }
    }

    public static final class Builder {

        private final List<Rule> rules = new ArrayList<>();

        public Target rule(HttpMethod method, String pattern) {
            return new Target(this, method, pattern);
        }

        public AccessRules build() {
            return new AccessRules(rules);
        }
    }

    /** The second half of a rule: who may. */
    public record Target(Builder builder, HttpMethod method, String pattern) {

        public Builder roles(String... roles) {
            if (roles.length == 0) {
                throw new IllegalArgumentException("name at least one role for " + pattern + ", or use authenticated()");
            }
            builder.rules.add(new Rule(method, pattern, Set.of(roles), false));
            return builder;
        }

        public Builder authenticated() {
            builder.rules.add(new Rule(method, pattern, Set.of(), false));
            return builder;
        }

        public Builder anonymous() {
            builder.rules.add(new Rule(method, pattern, Set.of(), true));
            return builder;
        }
    }
}
