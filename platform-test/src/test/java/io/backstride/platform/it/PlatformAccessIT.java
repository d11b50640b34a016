package io.backstride.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.platform.test.AccessContract;
import io.backstride.platform.test.WithKafkaAndMongo;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The access contract over the platform test app's own API, as each service runs it over its API. The app has one
 * route without a rule on purpose ({@code GET /api/v1/forgotten}): the contract must catch it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithKafkaAndMongo
class PlatformAccessIT extends AccessContract {

    @Test
    @Override
    public void everyOperationHasAnAccessRule() {
        assertThat(operationsWithoutARule()).extracting(Operation::toString).containsExactly("GET /api/v1/forgotten");
    }
}
