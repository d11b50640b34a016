package io.backstride.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

    private static Arguments parse(String... args) {
        return Arguments.parse(List.of(args), Set.of("data", "port"), Set.of("memory"));
    }

    @Test
    void readsOptionsAndFlags() {
        Arguments arguments = parse("--port", "27018", "--data", "build/data", "--memory");

        assertThat(arguments.port("port", 27017)).isEqualTo(27018);
        assertThat(arguments.path("data")).isEqualTo(Path.of("build/data").toAbsolutePath());
        assertThat(arguments.flag("memory")).isTrue();
    }

    @Test
    void fallsBackToTheDefaultPort() {
        assertThat(parse().port("port", 27017)).isEqualTo(27017);
        assertThat(parse().flag("memory")).isFalse();
    }

    @Test
    void rejectsUnknownArguments() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--prot", "1"))
                .withMessage("unknown argument '--prot'");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("27017"))
                .withMessage("unknown argument '27017'");
    }

    @Test
    void rejectsAnOptionWithoutItsValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--data"))
                .withMessage("option --data needs a value");
    }

    @Test
    void rejectsAPortOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--port", "70000").port("port", 1))
                .withMessage("--port must be a port number (1-65535), not '70000'");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--port", "x").port("port", 1))
                .withMessage("--port must be a port number (1-65535), not 'x'");
    }

    @Test
    void requiresTheDataFolderWhenAsked() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse().path("data"))
                .withMessage("option --data is required");
    }
}
