package io.backstride.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The identity service: Backstride's embedded OAuth2/OIDC provider (sign-in, tokens, clients), runner
 * invitations, consent to the processing of health data, partner links and the security audit log.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityServiceApplication.class, args);
    }
}
