package io.backstride.programme.config;

import io.backstride.platform.security.AccessRules;
import io.backstride.platform.security.Roles;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call which route (first match wins). Everything this service serves is one runner's data: the runner
 * (by {@code /me/...} or their own id) or a partner app acting for them. Which runner, the scopes, the partner
 * link and the consent to take health data are checked per request by {@code RunnerAccess} in the controllers.
 *
 * <p>Each route is named with its method rather than covered by a wildcard, so that the access contract
 * ({@code ProgrammeAccessIT}) fails for a new endpoint nobody thought about: it stays closed to everyone until it
 * gets its rule here (and its {@code RunnerAccess} check in the controller). {@code /api/v1/races/**} reaches this
 * service through the gateway but has no endpoints, so no rule either.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    private static final List<String> RUNNER_PATHS = List.of("/api/v1/programmes/me", "/api/v1/programmes/runners/*");

    @Bean
    AccessRules accessRules() {
        var rules = AccessRules.builder();
        for (var runner : RUNNER_PATHS) {
            // reading the programme and its views
            for (var view : List.of("/programme", "/today", "/weeks/*", "/adherence", "/pain-trend", "/history",
                    "/preferences", "/planned-runs")) {
                rules.rule(HttpMethod.GET, runner + view).roles(Roles.RUNNER, Roles.PARTNER);
            }
            // health data and the runner's settings (RunnerAccess.toWrite: consent, runner.write)
            rules.rule(HttpMethod.POST, runner + "/sessions").roles(Roles.RUNNER, Roles.PARTNER)
                    .rule(HttpMethod.POST, runner + "/runs").roles(Roles.RUNNER, Roles.PARTNER)
                    .rule(HttpMethod.PATCH, runner + "/runs/*").roles(Roles.RUNNER, Roles.PARTNER)
                    .rule(HttpMethod.POST, runner + "/runs:import").roles(Roles.RUNNER, Roles.PARTNER)
                    .rule(HttpMethod.POST, runner + "/planned-runs").roles(Roles.RUNNER, Roles.PARTNER)
                    .rule(HttpMethod.PUT, runner + "/preferences").roles(Roles.RUNNER, Roles.PARTNER);
        }
        return rules.build();
    }
}
