package io.backstride.content.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.content.domain.library.Content;
import io.backstride.content.domain.library.ContentType;
import io.backstride.content.domain.library.Exercise;
import io.backstride.content.domain.validation.ContentValidator;
import io.backstride.platform.test.EventSchemas;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract of the content events, both ways: what this service writes conforms to the published
 * schemas for every kind of content, and a consumer reading only what it needs accepts the schemas' examples.
 */
class ContentEventContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** What a consumer such as programme-service keeps: a tolerant reader of the fields it needs. */
    record ExerciseReadModel(String contentType, String id, String locale, int version, Exercise content) {
    }

    @Test
    void publishedPayloadsOfEverySeedItemConformToTheSchema() throws IOException {
        for (var content : seed()) {
            var payload = new ContentPublishedV1(content.type(), content.id(), content.locale(), 3,
                    Instant.parse("2026-03-01T09:30:00Z"), content);

            assertThat(EventSchemas.violations(ContentPublishedV1.TYPE, JSON.writeValueAsString(payload)))
                    .as(content.key().toString()).isEmpty();
        }
    }

    @Test
    void retiredPayloadConformsToTheSchema() {
        var payload = new ContentRetiredV1(ContentType.ARTICLE, "is-this-for-you", "en-GB", 2,
                Instant.parse("2026-03-02T14:00:00Z"));

        assertThat(EventSchemas.violations(ContentRetiredV1.TYPE, JSON.writeValueAsString(payload))).isEmpty();
    }

    @Test
    void theSchemaRejectsAnExerciseWithoutLevels() {
        var payload = JSON.readTree(EventSchemas.example(ContentPublishedV1.TYPE));
        ((tools.jackson.databind.node.ObjectNode) payload.get("content")).remove("levels");

        assertThat(EventSchemas.violations(ContentPublishedV1.TYPE, payload.toString())).isNotEmpty();
    }

    @Test
    void aConsumerAcceptsThePublishedExample() {
        var example = EventSchemas.example(ContentPublishedV1.TYPE);
        var tolerant = JSON.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

        var model = tolerant.readValue(example, ExerciseReadModel.class);

        assertThat(EventSchemas.violations(ContentPublishedV1.TYPE, example)).isEmpty();
        assertThat(model.contentType()).isEqualTo("EXERCISE");
        assertThat(model.id()).isEqualTo("glute-bridge");
        assertThat(model.content().levels()).hasSize(3);
        var links = (io.backstride.content.domain.validation.KnownContent) (type, id) -> true;
        assertThat(new ContentValidator(links).check(STRICT.treeToValue(JSON.readTree(example).get("content"),
                Exercise.class))).isEmpty();
    }

    @Test
    void aConsumerAcceptsTheRetiredExample() {
        var example = JSON.readTree(EventSchemas.example(ContentRetiredV1.TYPE));

        assertThat(EventSchemas.violations(ContentRetiredV1.TYPE, example.toString())).isEmpty();
        assertThat(example.get("id").asString()).isNotBlank();
        assertThat(example.get("version").asInt()).isPositive();
    }

    private static List<Content> seed() throws IOException {
        var contents = new ArrayList<Content>();
        for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:seed/*/*/*.json")) {
            var path = resource.getURL().getPath().split("/");
            var type = ContentType.fromCollection(path[path.length - 2]).orElseThrow();
            try (var in = resource.getInputStream()) {
                contents.add(STRICT.readValue(in, type.contentClass()));
            }
        }
        assertThat(contents).hasSizeGreaterThan(20);
        return contents;
    }
}
