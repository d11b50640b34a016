package io.backstride.assessment.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.backstride.assessment.domain.InstrumentFiles;
import io.backstride.assessment.domain.screening.UrgentCareDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** Urgent-care advice is data per locale, replaceable by a file, and never used when it is incomplete (H6). */
class UrgentCareAdviceLoadingTest {

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withUserConfiguration(InstrumentConfiguration.class);

    @TempDir
    Path directory;

    @Test
    void loadsTheShippedAdviceForEveryLocaleWithInstrumentTexts() {
        service.run(context -> {
            var advice = context.getBean(UrgentCareDirectory.class);
            assertThat(advice.adviceFor(Locale.UK).message()).contains("NHS 111");
            assertThat(advice.adviceFor(Locale.US).message()).contains("911");
        });
    }

    @Test
    void anOverrideFileReplacesTheShippedAdvice() throws IOException {
        var override = write(shipped().replace("call NHS 111 straight away", "ring the Backstride test line"));

        service.withPropertyValues("backstride.assessment.urgent-care-advice=file:" + override).run(context ->
                assertThat(context.getBean(UrgentCareDirectory.class).adviceFor(Locale.UK).message())
                        .contains("ring the Backstride test line"));
    }

    @Test
    void startUpFailsWhenTheDirectoryHasProblems() throws IOException {
        var withoutFallbackHeadline = write(shipped().replace("\"locale\": \"und\",\n    \"headline\": \"Please get medical help now\"",
                "\"locale\": \"und\",\n    \"headline\": \"\""));

        service.withPropertyValues("backstride.assessment.urgent-care-advice=file:" + withoutFallbackHeadline)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("fallback needs a headline");
                });
    }

    @Test
    void startUpFailsWhenALocaleWithInstrumentTextsHasNoAdviceOfItsOwn() throws IOException {
        var withoutAmericanAdvice = write(shipped().replace("\"locale\": \"en-US\"", "\"locale\": \"en-AU\""));

        service.withPropertyValues("backstride.assessment.urgent-care-advice=file:" + withoutAmericanAdvice)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("en-US");
                });
    }

    @Test
    void startUpFailsWhenTheAdviceFileHasAnUnknownProperty() throws IOException {
        var misspelt = write(shipped().replace("\"headline\"", "\"headlien\""));

        service.withPropertyValues("backstride.assessment.urgent-care-advice=file:" + misspelt)
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void startUpFailsWhenTheAdviceFileIsMissing() {
        service.withPropertyValues("backstride.assessment.urgent-care-advice=file:" + directory.resolve("none.json"))
                .run(context -> assertThat(context).hasFailed());
    }

    private static String shipped() throws IOException {
        return Files.readString(InstrumentFiles.urgentCareFile());
    }

    private Path write(String content) throws IOException {
        return Files.writeString(directory.resolve("urgent-care.json"), content);
    }
}
