package io.backstride.identity;

import io.backstride.platform.test.ServiceDefaultsContract;
import io.backstride.platform.test.WithKafkaAndMongo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/** Health, readiness, Prometheus and OpenAPI stay reachable without a token; unknown routes are 404 problems. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:identity-it.properties")
@WithKafkaAndMongo
class IdentityServiceDefaultsIT extends ServiceDefaultsContract {

    @Override
    protected String applicationName() {
        return "identity-service";
    }
}
