package io.backstride.platform.it;

import io.backstride.platform.security.AccessRules;
import io.backstride.platform.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    AccessRules accessRules() {
        return AccessRules.builder()
                .rule(HttpMethod.POST, "/api/v1/parcels/*/labels").roles(Roles.OPS, Roles.PLATFORM_ADMIN)
                .rule(null, "/api/v1/notes/**").roles(Roles.RUNNER, Roles.PARTNER)
                .build();
    }
}
