package io.backstride.programme.config;

import io.backstride.platform.security.AccessRules;
import io.backstride.platform.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which route (first match wins). Everything this service serves is one runner's data: the runner
 * (by {@code /me/...} or their own id) or a partner app acting for them. Which runner, the scopes, the partner
 * link and the consent to take health data are checked per request by {@code RunnerAccess} in the controllers.
 * {@code /api/v1/races/**} reaches this service through the gateway but has no endpoints, so no rule: a route
 * added there stays closed until it gets one.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    AccessRules accessRules() {
        return AccessRules.builder()
                .rule(null, "/api/v1/programmes/me/**").roles(Roles.RUNNER, Roles.PARTNER)
                .rule(null, "/api/v1/programmes/runners/*/**").roles(Roles.RUNNER, Roles.PARTNER)
                .build();
    }
}
