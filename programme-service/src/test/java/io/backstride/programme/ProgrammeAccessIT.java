package io.backstride.programme;

import io.backstride.platform.test.AccessContract;
import io.backstride.platform.test.WithKafkaAndMongo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The platform's access contract over every operation of this service's OpenAPI document, with no exception:
 * each has a rule, anonymous callers get 401, every role but RUNNER and PARTNER 403, another runner (or a partner
 * for another runner) 403/404 on {@code /runners/{runnerId}/...}, and runners and partners pass the route rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithKafkaAndMongo
@Import(ConsumedTopics.class)
class ProgrammeAccessIT extends AccessContract {
}
