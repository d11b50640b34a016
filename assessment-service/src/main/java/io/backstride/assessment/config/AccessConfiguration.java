package io.backstride.assessment.config;

import io.backstride.platform.security.AccessRules;
import io.backstride.platform.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what (route level, first match wins; a served route without a rule is refused by the platform).
 * Whose data is decided in the controller through {@code RunnerAccess}: a runner reaches only their own
 * assessments and check-ins, a partner app only its linked runner's, and taking health data needs the runner's
 * consent in force.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    AccessRules assessmentAccessRules() {
        return AccessRules.builder()
                .rule(HttpMethod.GET, "/api/v1/assessments/instruments/**").authenticated()
                .rule(null, "/api/v1/assessments/runners/**").roles(Roles.RUNNER, Roles.PARTNER)
                .rule(null, "/api/v1/assessments/me/**").roles(Roles.RUNNER, Roles.PARTNER)
                .build();
    }
}
