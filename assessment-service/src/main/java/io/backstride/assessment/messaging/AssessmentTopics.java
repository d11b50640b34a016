package io.backstride.assessment.messaging;

import io.backstride.platform.events.EventTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The topic this service owns: assessments and check-ins, keyed by runner id so one runner's events stay in order. */
@Configuration(proxyBeanMethods = false)
public class AssessmentTopics {

    public static final String ASSESSMENTS = "assessment.assessment.v1";

    @Bean
    NewTopic assessmentTopic(EventTopics topics) {
        return topics.runnerKeyed(ASSESSMENTS);
    }
}
