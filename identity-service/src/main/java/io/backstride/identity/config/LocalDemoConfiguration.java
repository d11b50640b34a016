package io.backstride.identity.config;

import java.util.Arrays;

import io.backstride.identity.application.Accounts;
import io.backstride.identity.application.ClientRegistrations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/** Seeds the demo tenant on a local run ({@code ./backstride up} starts identity-service with profile local). */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class LocalDemoConfiguration {

    @Bean
    ApplicationRunner demoSeed(Accounts accounts, ClientRegistrations clients, Environment environment,
                               @Value("${identity.demo.partner-redirect-uri:http://localhost:8090/callback}") String partnerRedirectUri) {
        if (Arrays.asList(environment.getActiveProfiles()).contains("production")) {
            throw new IllegalStateException("the demo seed never runs in production: remove profile 'local'");
        }
        return args -> new DemoSeed(accounts, clients, partnerRedirectUri).seed();
    }
}
