package io.backstride.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.util.List;

import org.junit.jupiter.api.Test;

class LocalStackTest {

    @Test
    void choosesTheComponentByItsName() {
        assertThat(LocalStack.component(List.of("kafka", "--data", "d"))).isInstanceOf(KafkaBroker.class);
        assertThat(LocalStack.component(List.of("mongo", "--memory"))).isInstanceOf(MongoWireServer.class);
        assertThat(LocalStack.component(List.of("mail", "--smtp-port", "2525"))).isInstanceOf(MailCatcher.class);
    }

    @Test
    void namesTheComponentsWhenNoneOrAnUnknownOneIsGiven() {
        assertThatIllegalArgumentException().isThrownBy(() -> LocalStack.component(List.of()))
                .withMessage("name a component: kafka, mongo or mail");
        assertThatIllegalArgumentException().isThrownBy(() -> LocalStack.component(List.of("redis")))
                .withMessage("unknown component 'redis': use kafka, mongo or mail");
    }

    @Test
    void rejectsAnOptionOfAnotherComponent() {
        assertThatIllegalArgumentException().isThrownBy(() -> LocalStack.component(List.of("mail", "--data", "d")))
                .withMessage("unknown argument '--data'");
    }

    @Test
    void givesTheReasonOfAFailedStartOnOneLine() {
        Exception failure = new UncheckedIOException("cannot start",
                new IOException("SMTP port 3025 is in use", new BindException("Address already in use")));

        assertThat(LocalStack.reason(failure))
                .isEqualTo("cannot start: SMTP port 3025 is in use: Address already in use");
    }

    @Test
    void skipsACauseTheWrapperAlreadyQuotes() {
        BindException cause = new BindException("Address already in use");

        assertThat(LocalStack.reason(new RuntimeException(cause))).isEqualTo("java.net.BindException: Address already in use");
    }
}
