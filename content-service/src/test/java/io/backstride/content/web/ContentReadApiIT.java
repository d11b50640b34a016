package io.backstride.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.content.Api;
import io.backstride.platform.security.Roles;
import io.backstride.platform.test.TestTokens;
import io.backstride.platform.test.WithKafkaAndMongo;
import java.time.Instant;
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
        api = new Api(port, TestTokens.runner("reader-rae"));
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
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=300, private");
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
    void theETagHoldsForEverySignedInCallerAndOnlyTheCallersOwnCacheMayKeepTheResponse() {
        var first = api.get("/api/v1/content/exercises/glute-bridge");
        var etag = first.headers().firstValue("ETag").orElseThrow();
        var partner = api.as(TestTokens.partner("runner-pia", "watch-app", "openid", "runner.read"));

        var revalidated = partner.get("/api/v1/content/exercises/glute-bridge", "If-None-Match", etag);

        assertThat(revalidated.statusCode()).as("the content is the same for everyone").isEqualTo(304);
        assertThat(revalidated.headers().firstValue("ETag")).hasValue(etag);
        assertThat(revalidated.headers().firstValue("Cache-Control")).hasValue("max-age=300, private");
        for (var response : List.of(first, api.get("/api/v1/content/articles"))) {
            assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
                    .as("never stored by a shared cache, which would serve it without a token")
                    .contains("private").doesNotContain("public"));
            assertThat(String.join(",", response.headers().allValues("Vary")))
                    .contains("Accept-Language").doesNotContain("Authorization");
        }
    }

    @Test
    void withoutAValidTokenNothingIsServedNotEvenA304() {
        var etag = api.get("/api/v1/content/exercises/glute-bridge").headers().firstValue("ETag").orElseThrow();
        var expired = TestTokens.token().runner("reader-rae").expiresAt(Instant.now().minusSeconds(120)).bearer();

        for (var caller : java.util.Arrays.asList(null, expired, TestTokens.token().runner("reader-rae")
                .signedByAStranger().bearer())) {
            var anonymous = api.as(caller);
            for (var path : List.of("/api/v1/content/exercises/glute-bridge", "/api/v1/content/exercises",
                    "/api/v1/content/articles/is-this-for-you", "/api/v1/content/technique-cues",
                    "/api/v1/content/scope-statements/backstride-scope")) {
                var response = anonymous.get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(401);
                var problem = Api.json(response);
                assertThat(problem.get("title").asString()).isEqualTo("Unauthorized");
                assertThat(problem.has("content") || problem.has("items")).as("no content in a refusal").isFalse();
                assertThat(response.headers().firstValue("ETag")).isEmpty();
            }
            assertThat(anonymous.get("/api/v1/content/exercises/glute-bridge", "If-None-Match", etag).statusCode())
                    .isEqualTo(401);
        }
    }

    @Test
    void everySignedInCallerReadsTheLibraryWhateverTheirRole() {
        for (var token : List.of(TestTokens.runner("runner-ria"),
                TestTokens.partner("runner-ria", "watch-app", "openid", "runner.read"),
                TestTokens.withRoles("organiser-ola", Roles.ORGANISER_STAFF),
                TestTokens.withRoles("organiser-oda", Roles.ORGANISER_ADMIN),
                TestTokens.withRoles("author-ana", Roles.AUTHOR),
                TestTokens.withRoles("clinician-cleo", Roles.CLINICIAN),
                TestTokens.withRoles("ops-otto", Roles.OPS),
                TestTokens.withRoles("admin-ada", Roles.PLATFORM_ADMIN),
                TestTokens.withRoles("someone-without-roles"))) {
            var caller = api.as(token);
            assertThat(caller.get("/api/v1/content/exercises/glute-bridge").statusCode()).as(token).isEqualTo(200);
            assertThat(ids(caller.get("/api/v1/content/exercises?size=100"))).as(token).contains("glute-bridge");
        }
    }

    @Test
    void readersDoNotReachTheAuthoringApi() {
        for (var token : List.of(TestTokens.runner("runner-ria"), TestTokens.withRoles("organiser-ola",
                Roles.ORGANISER_ADMIN), TestTokens.partner("runner-ria", "watch-app", "openid", "runner.read"))) {
            var response = api.as(token).get("/api/v1/content/authoring/exercises/glute-bridge/en-GB/history");
            assertThat(response.statusCode()).as(token).isEqualTo(403);
            assertThat(response.body()).doesNotContain("seed-author");
        }
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
