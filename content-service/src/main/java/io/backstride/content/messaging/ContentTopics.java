package io.backstride.content.messaging;

import io.backstride.content.domain.library.ContentType;
import io.backstride.platform.events.EventTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The topics this service owns: one per kind of content, keyed by content id. Low-volume reference data. */
@Configuration(proxyBeanMethods = false)
public class ContentTopics {

    public static final String EXERCISES = "content.exercise.v1";
    public static final String ARTICLES = "content.article.v1";
    public static final String TECHNIQUE_CUES = "content.technique-cue.v1";
    public static final String SCOPE_STATEMENTS = "content.scope-statement.v1";

    private static final int PARTITIONS = 3;

    public static String of(ContentType type) {
        return switch (type) {
            case EXERCISE -> EXERCISES;
            case ARTICLE -> ARTICLES;
            case TECHNIQUE_CUE -> TECHNIQUE_CUES;
            case SCOPE_STATEMENT -> SCOPE_STATEMENTS;
        };
    }

    @Bean
    NewTopic exerciseTopic(EventTopics topics) {
        return topics.declare(EXERCISES, PARTITIONS);
    }

    @Bean
    NewTopic articleTopic(EventTopics topics) {
        return topics.declare(ARTICLES, PARTITIONS);
    }

    @Bean
    NewTopic techniqueCueTopic(EventTopics topics) {
        return topics.declare(TECHNIQUE_CUES, PARTITIONS);
    }

    @Bean
    NewTopic scopeStatementTopic(EventTopics topics) {
        return topics.declare(SCOPE_STATEMENTS, PARTITIONS);
    }
}
