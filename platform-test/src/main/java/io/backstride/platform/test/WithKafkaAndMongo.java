package io.backstride.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Points a Spring test context at the JVM-wide {@link TestInfrastructure}: a real Kafka broker and a
 * MongoDB server (containers with Docker, embedded without). Use with {@code @SpringBootTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(TestInfrastructureCustomizerFactory.class)
public @interface WithKafkaAndMongo {
}
