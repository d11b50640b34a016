package io.backstride.assessment.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import io.backstride.assessment.domain.InstrumentFiles;
import io.backstride.assessment.domain.instrument.InstrumentCatalogue;
import io.backstride.assessment.domain.instrument.InstrumentIntegrityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Instruments are loaded at start-up, strictly: a broken file stops the service before it answers anyone (H10). */
class InstrumentLoadingTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withUserConfiguration(InstrumentConfiguration.class);

    @TempDir
    Path instruments;

    @Test
    void loadsEveryShippedInstrumentAtStartUp() {
        service.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(InstrumentCatalogue.class).all()).extracting(i -> i.id())
                    .contains("screening", "running-pattern", "pain-ratings", "function-scale", "check-in");
        });
    }

    @Test
    void unknownPropertyInAnInstrumentFileStopsStartUp() throws IOException {
        shippedFilesWithScreening(screening -> {
            var item = (ObjectNode) screening.get("items").get(0);
            item.put("requried", true);
            return screening;
        });

        service.withPropertyValues(locations()).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("requried");
        });
    }

    @Test
    void brokenInstrumentStopsStartUp() throws IOException {
        shippedFilesWithScreening(screening -> {
            ((ObjectNode) screening.get("safetyRules").get(0).get("when")).put("item", "noSuchQuestion");
            return screening;
        });

        service.withPropertyValues(locations()).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(InstrumentIntegrityException.class)
                    .hasMessageContaining("noSuchQuestion");
        });
    }

    @Test
    void malformedJsonInAnInstrumentFileStopsStartUp() throws IOException {
        shippedFilesWithScreening(screening -> screening);
        Files.writeString(instruments.resolve("screening.json"), "{\"id\": \"screening\", ");

        service.withPropertyValues(locations()).run(context -> assertThat(context).hasFailed());
    }

    @Test
    void aMissingInstrumentThatAJourneyNeedsStopsStartUp() throws IOException {
        shippedFilesWithScreening(screening -> screening);
        Files.delete(instruments.resolve("pain-ratings.json"));

        service.withPropertyValues(locations()).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("pain-ratings");
        });
    }

    @Test
    void anOperatorCanAddALicensedInstrumentBesideTheShippedOnes() throws IOException {
        Files.copy(InstrumentFiles.resource("instruments/licensed/start-back.json"), instruments.resolve("start-back.json"));

        service.withPropertyValues("backstride.assessment.instrument-locations=classpath*:instruments/*.json,file:"
                + instruments + "/*.json").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(InstrumentCatalogue.class).find("start-back")).isPresent();
        });
    }

    private String locations() {
        return "backstride.assessment.instrument-locations=file:" + instruments + "/*.json";
    }

    private void shippedFilesWithScreening(UnaryOperator<JsonNode> change) throws IOException {
        for (var file : InstrumentFiles.shippedFiles()) {
            Files.copy(file, instruments.resolve(file.getFileName()));
        }
        var screening = JSON.readTree(instruments.resolve("screening.json").toFile());
        JSON.writeValue(instruments.resolve("screening.json").toFile(), change.apply(screening));
    }
}
