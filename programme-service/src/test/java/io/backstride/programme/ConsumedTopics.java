package io.backstride.programme;

import io.backstride.platform.events.EventTopics;
import io.backstride.programme.messaging.ProgrammeTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The producers' topics, which their services declare in production. */
@TestConfiguration(proxyBeanMethods = false)
public class ConsumedTopics {

    @Bean
    NewTopic exercises(EventTopics topics) {
        return topics.declare(ProgrammeTopics.EXERCISES, 3);
    }

    @Bean
    NewTopic techniqueCues(EventTopics topics) {
        return topics.declare(ProgrammeTopics.TECHNIQUE_CUES, 3);
    }

    @Bean
    NewTopic assessments(EventTopics topics) {
        return topics.runnerKeyed(ProgrammeTopics.ASSESSMENTS);
    }
}
