package io.backstride.programme.messaging;

import io.backstride.platform.events.EventTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The topic this service owns, and the ones it consumes (owned and declared by their producers). */
@Configuration(proxyBeanMethods = false)
public class ProgrammeTopics {

    public static final String PROGRAMMES = "programme.programme.v1";
    public static final String EXERCISES = "content.exercise.v1";
    public static final String TECHNIQUE_CUES = "content.technique-cue.v1";
    public static final String ASSESSMENTS = "assessment.assessment.v1";

    @Bean
    NewTopic programmeTopic(EventTopics topics) {
        return topics.runnerKeyed(PROGRAMMES);
    }
}
