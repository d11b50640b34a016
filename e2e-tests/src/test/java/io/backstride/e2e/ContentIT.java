package io.backstride.e2e;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 3's journey through the gateway: the seed library as a signed-in runner reads it, conditional GETs, and
 * publishing as an event, written by the demo author and approved by the demo clinician, each acting with their own
 * token (the acting person comes from the token; no X-Acting-User header).
 */
class ContentIT {

    @Test
    void theSeedLibraryIsListedAndFilterable() throws Exception {
        Gateway.Caller reader = reader();
        JsonNode all = Gateway.json(reader.get("/api/v1/content/exercises?size=100"));
        assertThat(all.get("totalItems").asInt()).isGreaterThanOrEqualTo(10);

        JsonNode strength = Gateway.json(reader.get("/api/v1/content/exercises?purpose=STRENGTH&size=100"));
        assertThat(strength.get("items").size()).isPositive().isLessThan(all.get("items").size());
        strength.get("items").forEach(item -> assertThat(item.get("purpose").asString()).isEqualTo("STRENGTH"));

        JsonNode articles = Gateway.json(reader.get("/api/v1/content/articles"));
        assertThat(articles.get("totalItems").asInt()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aSecondGetWithTheEtagIsNotModified() throws Exception {
        Gateway.Caller reader = reader();
        HttpResponse<String> first = reader.get("/api/v1/content/exercises/glute-bridge");
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("max-age"));

        HttpResponse<String> second = reader.get("/api/v1/content/exercises/glute-bridge", "If-None-Match", etag);
        assertThat(second.statusCode()).isEqualTo(304);
        assertThat(second.body()).isEmpty();
    }

    @Test
    void publishingANewArticleEmitsContentPublished() throws Exception {
        String slug = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode article = (ObjectNode) Gateway.JSON.readTree(Files.readString(
                Path.of("../content-service/src/main/resources/seed/en-GB/articles/is-this-for-you.json")));
        article.put("slug", slug);
        String item = "/api/v1/content/authoring/articles/" + slug + "/en-GB";
        Gateway.Caller author = Gateway.as(Tokens.demoUser(Tokens.AUTHOR));
        Gateway.Caller clinician = Gateway.as(Tokens.demoUser(Tokens.CLINICIAN));
        try (PlatformEvents events = new PlatformEvents("content.article.v1")) {
            HttpResponse<String> created = author.post("/api/v1/content/authoring/articles", article);
            assertThat(created.statusCode()).as(Gateway.describe(created)).isEqualTo(201);
            HttpResponse<String> submitted = author.post(item + "/submit", "{}");
            assertThat(submitted.statusCode()).as(Gateway.describe(submitted)).isEqualTo(200);
            HttpResponse<String> approved = clinician.post(item + "/approve", "{}");
            assertThat(approved.statusCode()).as(Gateway.describe(approved)).isEqualTo(200);

            await().atMost(Duration.ofSeconds(30)).until(() -> events.records().stream().anyMatch(r ->
                    "backstride.content.ContentPublished.v1".equals(PlatformEvents.header(r, "ce_type"))
                            && r.key() != null && r.key().contains(slug)));
        }
        assertThat(reader().get("/api/v1/content/articles/" + slug).statusCode()).isEqualTo(200);

        JsonNode history = Gateway.json(clinician.get(item + "/history"));
        assertThat(history.valueStream().map(step -> step.get("action").asString() + " by " + step.get("actor").asString()))
                .as("each step is recorded as taken by the signed-in person (the token's subject)")
                .contains("CREATE by " + subjectOf(Tokens.AUTHOR), "SUBMIT by " + subjectOf(Tokens.AUTHOR),
                        "APPROVE by " + subjectOf(Tokens.CLINICIAN));
    }

    /** Runners read the library; a signed-in one does here, whether or not the gateway lets anonymous readers in. */
    private static Gateway.Caller reader() throws Exception {
        return Gateway.as(Tokens.demoUser(Tokens.RUNNER1));
    }

    private static String subjectOf(String demoUser) throws Exception {
        return Tokens.claimsOf(Tokens.demoUser(demoUser)).get("sub").asString();
    }
}
