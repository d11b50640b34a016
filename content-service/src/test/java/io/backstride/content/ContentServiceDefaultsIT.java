package io.backstride.content;

import io.backstride.platform.test.ServiceDefaultsContract;
import io.backstride.platform.test.WithKafkaAndMongo;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithKafkaAndMongo
class ContentServiceDefaultsIT extends ServiceDefaultsContract {

    @Override
    protected String applicationName() {
        return "content-service";
    }
}
