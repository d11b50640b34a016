package io.backstride.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.content.Api;
import io.backstride.platform.test.WithKafkaAndMongo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithKafkaAndMongo
class ContentReadApiIT {

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void listsTheSeedExercisesFilteredByPurposeTargetAndWhen() {
        assertThat(ids(api.get("/api/v1/content/exercises?size=100"))).contains(
                "cat-and-camel", "dead-bug", "glute-bridge", "neutral-pelvis-step-up", "side-plank");

        var strength = Api.json(api.get("/api/v1/content/exercises?purpose=STRENGTH&target=GLUTES&size=100"));
        assertThat(strength.get("items")).isNotEmpty().allSatisfy(item -> {
            assertThat(item.get("purpose").asString()).isEqualTo("STRENGTH");
            assertThat(texts(item.get("targets"))).contains("GLUTES");
        });
        assertThat(ids(api.get("/api/v1/content/exercises?when=PRE_RUN&size=100")))
                .contains("cat-and-camel", "pelvic-tilts").doesNotContain("glute-bridge");
        assertThat(ids(api.get("/api/v1/content/exercises?purpose=STEP")))
                .contains("neutral-pelvis-step-up", "neutral-pelvis-step-down");
    }

    @Test
    void paginatesInIdOrderWithTotals() {
        var first = Api.json(api.get("/api/v1/content/exercises?page=0&size=5"));
        var second = Api.json(api.get("/api/v1/content/exercises?page=1&size=5"));

        assertThat(first.get("items")).hasSize(5);
        assertThat(first.get("totalItems").asInt()).isGreaterThanOrEqualTo(13);
        assertThat(first.get("totalPages").asInt()).isEqualTo((first.get("totalItems").asInt() + 4) / 5);
        var firstIds = texts(first.get("items"), "id");
        assertThat(firstIds).isSorted().doesNotContainAnyElementsOf(texts(second.get("items"), "id"));
    }

    @Test
    void aPageSizeOutOfRangeIs422() {
        assertThat(api.get("/api/v1/content/exercises?size=500").statusCode()).isEqualTo(422);
    }

    @Test
    void listsArticlesByTagWithTheirReadingTime() {
        var safety = Api.json(api.get("/api/v1/content/articles?tag=safety"));

        assertThat(texts(safety.get("items"), "slug")).contains("is-this-for-you");
        assertThat(safety.get("items")).allSatisfy(item -> {
            assertThat(texts(item.get("tags"))).contains("safety");
            assertThat(item.get("readingMinutes").asInt()).isPositive();
        });
    }

    @Test
    void listsTechniqueCues() {
        assertThat(texts(Api.json(api.get("/api/v1/content/technique-cues")).get("items"), "id"))
                .contains("pulled-up-by-the-hair", "lift-from-the-hips");
    }

    @Test
    void getsAnExerciseByIdWithItsLevelsAndCachingHeaders() {
        var response = api.get("/api/v1/content/exercises/glute-bridge");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(etag -> assertThat(etag).startsWith("\""));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
        assertThat(response.headers().firstValue("Content-Language")).hasValue("en-GB");
        var body = Api.json(response);
        assertThat(body.get("type").asString()).isEqualTo("exercises");
        assertThat(body.get("live").asBoolean()).isTrue();
        assertThat(body.get("content").get("levels")).hasSize(3);
        assertThat(body.get("content").get("progressions").get(0).get("href").asString())
                .isEqualTo("/api/v1/content/exercises/neutral-pelvis-step-up");
    }

    @Test
    void aSecondGetWithTheETagIsNotModified() {
        var first = api.get("/api/v1/content/exercises/glute-bridge");
        var etag = first.headers().firstValue("ETag").orElseThrow();

        var second = api.get("/api/v1/content/exercises/glute-bridge", "If-None-Match", etag);

        assertThat(second.statusCode()).isEqualTo(304);
        assertThat(second.body()).isEmpty();
        assertThat(second.headers().firstValue("ETag")).hasValue(etag);
        assertThat(api.get("/api/v1/content/exercises/glute-bridge", "If-None-Match", "\"1-stale\"").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aListIsNotModifiedEitherWhileNothingChanged() {
        var etag = api.get("/api/v1/content/articles").headers().firstValue("ETag").orElseThrow();

        assertThat(api.get("/api/v1/content/articles", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void anotherLanguageFallsBackToBritishEnglish() {
        var response = api.get("/api/v1/content/articles/is-this-for-you", "Accept-Language", "fr-FR, de;q=0.8");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Language")).hasValue("en-GB");
        assertThat(Api.json(response).get("content").get("slug").asString()).isEqualTo("is-this-for-you");
    }

    @Test
    void anUnknownExerciseIsA404Problem() {
        var response = api.get("/api/v1/content/exercises/no-such-exercise");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void servesTheScopeStatement() {
        var response = api.get("/api/v1/content/scope-statements/backstride-scope");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Api.json(response).get("content").get("urgentCare").asString()).contains("999");
    }

    private static List<String> ids(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return texts(Api.json(response).get("items"), "id");
    }

    private static List<String> texts(JsonNode array, String field) {
        var values = new ArrayList<String>();
        array.forEach(item -> values.add(item.get(field).asString()));
        return values;
    }

    private static List<String> texts(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(item -> values.add(item.asString()));
        return values;
    }
}
