package io.backstride.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AsyncAPI catalogue (docs/asyncapi.yaml) and the producers' JSON Schemas stay in step: every event schema a
 * service publishes is in the catalogue, and every schema the catalogue names exists.
 */
class EventCatalogueTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path CATALOGUE = ROOT.resolve("docs/asyncapi.yaml");
    private static final Pattern REFERENCE = Pattern.compile("\\$ref: '\\.\\./([^']+\\.schema\\.json)'");

    @Test
    void everyPublishedEventSchemaIsInTheCatalogue() throws IOException {
        String catalogue = Files.readString(CATALOGUE);
        assertThat(schemas()).isNotEmpty().allSatisfy(schema ->
                assertThat(catalogue).as("docs/asyncapi.yaml names %s", schema).contains("'../" + schema + "'"));
    }

    @Test
    void theCatalogueIsValidYamlWhoseChannelsReferToDefinedMessages() throws IOException {
        var catalogue = new tools.jackson.dataformat.yaml.YAMLMapper().readTree(CATALOGUE.toFile());
        assertThat(catalogue.get("asyncapi").asString()).isEqualTo("3.0.0");
        var messages = catalogue.get("components").get("messages");
        catalogue.get("channels").forEach(channel -> {
            assertThat(channel.get("address").asString()).matches("[a-z]+\\.[a-z-]+\\.v[0-9]+");
            channel.get("messages").forEach(message -> assertThat(messages.has(
                    message.get("$ref").asString().replace("#/components/messages/", ""))).isTrue());
        });
        messages.forEach(message -> assertThat(message.get("name").asString())
                .matches("backstride\\.[a-z]+\\.[A-Za-z]+\\.v[0-9]+"));
    }

    @Test
    void everySchemaTheCatalogueNamesExists() throws IOException {
        Matcher references = REFERENCE.matcher(Files.readString(CATALOGUE));
        int count = 0;
        while (references.find()) {
            count++;
            assertThat(ROOT.resolve(references.group(1))).as(references.group()).isRegularFile();
        }
        assertThat(count).isPositive();
    }

    private static List<String> schemas() throws IOException {
        try (Stream<Path> modules = Files.list(ROOT)) {
            return modules.filter(m -> Files.isDirectory(m.resolve("src/main/resources/events")))
                    .flatMap(EventCatalogueTest::schemaFiles)
                    .map(p -> ROOT.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static Stream<Path> schemaFiles(Path module) {
        try {
            return Files.list(module.resolve("src/main/resources/events"))
                    .filter(p -> p.getFileName().toString().endsWith(".schema.json")).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
