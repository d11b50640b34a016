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

/** Issue 3's journey through the gateway: the seed library, conditional GETs, and publishing as an event. */
class ContentIT {

    @Test
    void theSeedLibraryIsListedAndFilterable() throws Exception {
        JsonNode all = Gateway.json(Gateway.get("/api/v1/content/exercises?size=100"));
        assertThat(all.get("totalItems").asInt()).isGreaterThanOrEqualTo(10);

        JsonNode strength = Gateway.json(Gateway.get("/api/v1/content/exercises?purpose=STRENGTH&size=100"));
        assertThat(strength.get("items").size()).isPositive().isLessThan(all.get("items").size());
        strength.get("items").forEach(item -> assertThat(item.get("purpose").asString()).isEqualTo("STRENGTH"));

        JsonNode articles = Gateway.json(Gateway.get("/api/v1/content/articles"));
        assertThat(articles.get("totalItems").asInt()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aSecondGetWithTheEtagIsNotModified() throws Exception {
        HttpResponse<String> first = Gateway.get("/api/v1/content/exercises/glute-bridge");
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("max-age"));

        HttpResponse<String> second = Gateway.get("/api/v1/content/exercises/glute-bridge", "If-None-Match", etag);
        assertThat(second.statusCode()).isEqualTo(304);
        assertThat(second.body()).isEmpty();
    }

    @Test
    void publishingANewArticleEmitsContentPublished() throws Exception {
        String slug = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode article = (ObjectNode) Gateway.JSON.readTree(Files.readString(
                Path.of("../content-service/src/main/resources/seed/en-GB/articles/is-this-for-you.json")));
        article.put("slug", slug);
        try (PlatformEvents events = new PlatformEvents("content.article.v1")) {
            assertThat(Gateway.post("/api/v1/content/authoring/articles", article, "X-Acting-User", "e2e-author")
                    .statusCode()).isEqualTo(201);
            String item = "/api/v1/content/authoring/articles/" + slug + "/en-GB";
            assertThat(Gateway.post(item + "/submit", "{}", "X-Acting-User", "e2e-author").statusCode()).isEqualTo(200);
            assertThat(Gateway.post(item + "/approve", "{}", "X-Acting-User", "e2e-clinician").statusCode()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(30)).until(() -> events.records().stream().anyMatch(r ->
                    "backstride.content.ContentPublished.v1".equals(PlatformEvents.header(r, "ce_type"))
                            && r.key() != null && r.key().contains(slug)));
        }
        assertThat(Gateway.get("/api/v1/content/articles/" + slug).statusCode()).isEqualTo(200);
    }
}
