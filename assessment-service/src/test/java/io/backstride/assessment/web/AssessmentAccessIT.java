package io.backstride.assessment.web;

import io.backstride.platform.test.AccessContract;
import io.backstride.platform.test.WithKafkaAndMongo;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The platform's access contract over every operation of this service's OpenAPI document, with no exception
 * carved out: each has a rule, anonymous callers get 401, roles outside the rule 403, and on
 * {@code /runners/{runnerId}} paths another runner (or a partner acting for one) gets 403/404 and no data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithKafkaAndMongo
class AssessmentAccessIT extends AccessContract {
}
