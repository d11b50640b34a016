package io.backstride.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.backstride.content.Api;
import io.backstride.content.messaging.ContentPublishedV1;
import io.backstride.content.messaging.ContentRetiredV1;
import io.backstride.content.messaging.ContentTopics;
import io.backstride.platform.test.EventCapture;
import io.backstride.platform.test.EventSchemas;
import io.backstride.platform.test.WithKafkaAndMongo;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithKafkaAndMongo
class AuthoringApiIT {

    private static final String AUTHORING = "/api/v1/content/authoring";
    private static final String AUTHOR = "author-ana";
    private static final String CLINICIAN = "clinician-cleo";

    @LocalServerPort
    int port;
    Api api;
    EventCapture capture;
    String id;

    @BeforeEach
    void connect() {
        api = new Api(port);
        capture = EventCapture.of(ContentTopics.EXERCISES, ContentTopics.ARTICLES);
        id = "bridge-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void close() {
        capture.close();
    }

    @Test
    void aDraftReviewedByASecondPersonIsPublishedServedAndAnnounced() {
        assertThat(api.post(AUTHORING + "/exercises", AUTHOR, exercise(id)).statusCode()).isEqualTo(201);
        assertThat(step("submit", AUTHOR, null).statusCode()).isEqualTo(200);
        var approved = step("approve", CLINICIAN, "checked against the clinical rules");

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(Api.json(approved).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(Api.json(approved).get("liveVersion").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/content/exercises/" + id).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> !published(id).isEmpty());
        var event = published(id).getFirst();
        EventSchemas.assertConforms(event);
        assertThat(event.type()).isEqualTo(ContentPublishedV1.TYPE);
        var history = Api.json(api.get(item() + "/history"));
        assertThat(texts(history, "action")).containsExactly("CREATE", "SUBMIT", "APPROVE");
        assertThat(texts(history, "actor")).containsExactly(AUTHOR, AUTHOR, CLINICIAN);
    }

    @Test
    void aDraftWithManyProblemsIsRefusedNamingEveryFieldAndNothingIsWritten() {
        var draft = exercise(id);
        draft.putArray("levels").add(draft.arrayNode().addObject().put("level", "BASE"));
        ((ObjectNode) draft.get("media").get(0)).remove("altText");
        ((ObjectNode) draft.get("progressions").get(0)).put("exerciseId", "no-such-exercise");

        var response = api.post(AUTHORING + "/exercises", AUTHOR, draft);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(texts(Api.json(response).get("errors"), "field")).contains(
                "levels", "levels[0].dosage", "media[0].altText", "progressions[0].exerciseId");
        assertThat(api.get(item()).statusCode()).isEqualTo(404);
    }

    @Test
    void aDosageOutOfRangeNamesTheField() {
        var draft = exercise(id);
        ((ObjectNode) draft.get("levels").get(1).get("dosage")).put("sets", 40);

        var response = api.post(AUTHORING + "/exercises", AUTHOR, draft);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(texts(Api.json(response).get("errors"), "field")).contains("levels[1].dosage.sets");
    }

    @Test
    void anUnknownFieldIsRefusedNotDropped() {
        var draft = exercise(id).put("difficulty", "hard");

        var response = api.post(AUTHORING + "/exercises", AUTHOR, draft);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(texts(Api.json(response).get("errors"), "field")).containsExactly("difficulty");
    }

    @Test
    void everyStepNeedsTheActingUser() {
        var response = api.post(AUTHORING + "/exercises", null, exercise(id));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(texts(Api.json(response).get("errors"), "field")).containsExactly("X-Acting-User");
    }

    @Test
    void approvingADraftThatWasNotSubmittedIsAConflict() {
        api.post(AUTHORING + "/exercises", AUTHOR, exercise(id));

        var response = step("approve", CLINICIAN, null);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(Api.json(api.get(item())).get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void creatingAnExistingItemIsAConflict() {
        api.post(AUTHORING + "/exercises", AUTHOR, exercise(id));

        assertThat(api.post(AUTHORING + "/exercises", AUTHOR, exercise(id)).statusCode()).isEqualTo(409);
    }

    @Test
    void anAuthorCannotApproveTheirOwnChange() {
        api.post(AUTHORING + "/exercises", AUTHOR, exercise(id));
        step("submit", AUTHOR, null);

        var response = step("approve", AUTHOR, null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Api.json(response).get("requestId").asString()).isNotBlank();
        assertThat(Api.json(api.get(item())).get("status").asString()).isEqualTo("IN_REVIEW");
    }

    @Test
    void aRejectionNeedsACommentAndSendsTheVersionBackToDraft() {
        api.post(AUTHORING + "/exercises", AUTHOR, exercise(id));
        step("submit", AUTHOR, null);

        var withoutComment = step("reject", CLINICIAN, null);
        var withComment = step("reject", CLINICIAN, "the easier level needs a shorter hold");

        assertThat(withoutComment.statusCode()).isEqualTo(422);
        assertThat(texts(Api.json(withoutComment).get("errors"), "field")).containsExactly("comment");
        assertThat(withComment.statusCode()).isEqualTo(200);
        assertThat(Api.json(withComment).get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void editingPublishedContentStartsANewVersionAndTheOldOneStaysReadableByNumber() {
        publish(exercise(id));
        var etag = api.get("/api/v1/content/exercises/" + id).headers().firstValue("ETag").orElseThrow();

        var edited = api.put(item(), AUTHOR, exercise(id).put("summary", "A reworded summary for the second version."));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(Api.json(edited).get("latestVersion").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/content/exercises/" + id).headers().firstValue("ETag")).hasValue(etag);
        step("submit", AUTHOR, null);
        assertThat(step("approve", CLINICIAN, null).statusCode()).isEqualTo(200);

        var latest = api.get("/api/v1/content/exercises/" + id, "If-None-Match", etag);
        assertThat(latest.statusCode()).as("a new version has a new ETag").isEqualTo(200);
        assertThat(Api.json(latest).get("version").asInt()).isEqualTo(2);
        var first = api.get("/api/v1/content/exercises/" + id + "?version=1");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(Api.json(first).get("live").asBoolean()).isFalse();
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("immutable"));
        await().atMost(Duration.ofSeconds(20)).until(() -> published(id).size() == 2);
        published(id).forEach(EventSchemas::assertConforms);
    }

    @Test
    void retiringStopsServingAndAnnouncesTheRetirement() {
        publish(exercise(id));

        var retired = step("retire", CLINICIAN, "replaced by a better exercise");

        assertThat(retired.statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/content/exercises/" + id).statusCode()).isEqualTo(404);
        assertThat(step("retire", CLINICIAN, null).statusCode()).as("nothing live to retire").isEqualTo(409);
        await().atMost(Duration.ofSeconds(20)).until(() -> capture.events(ContentRetiredV1.TYPE).stream()
                .anyMatch(event -> event.subject().equals(id)));
        capture.events(ContentRetiredV1.TYPE).forEach(EventSchemas::assertConforms);
    }

    @Test
    void anArticleIsPublishedOnTheArticleTopic() {
        var slug = "article-" + id;
        var article = Api.seed("articles", "is-this-for-you").put("slug", slug);

        assertThat(api.post(AUTHORING + "/articles", AUTHOR, article).statusCode()).isEqualTo(201);
        api.post(AUTHORING + "/articles/" + slug + "/en-GB/submit", AUTHOR, Api.comment(null));
        assertThat(api.post(AUTHORING + "/articles/" + slug + "/en-GB/approve", CLINICIAN, Api.comment(null))
                .statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> capture.events(ContentPublishedV1.TYPE).stream()
                .anyMatch(event -> event.subject().equals(slug)));
        assertThat(capture.records()).filteredOn(record -> slug.equals(record.key()))
                .allSatisfy(record -> assertThat(record.topic()).isEqualTo(ContentTopics.ARTICLES));
    }

    @Test
    void aGermanVersionIsServedToGermanReadersAndOthersGetBritishEnglish() {
        publish(exercise(id));
        var german = exercise(id).put("locale", "de-DE").put("name", "Beckenbrücke");
        assertThat(api.post(AUTHORING + "/exercises", AUTHOR, german).statusCode()).isEqualTo(201);
        api.post(AUTHORING + "/exercises/" + id + "/de-DE/submit", AUTHOR, Api.comment(null));
        api.post(AUTHORING + "/exercises/" + id + "/de-DE/approve", CLINICIAN, Api.comment(null));

        var forGerman = api.get("/api/v1/content/exercises/" + id, "Accept-Language", "de-AT, de;q=0.9");
        var forFrench = api.get("/api/v1/content/exercises/" + id, "Accept-Language", "fr");

        assertThat(forGerman.headers().firstValue("Content-Language")).hasValue("de-DE");
        assertThat(Api.json(forGerman).get("content").get("name").asString()).isEqualTo("Beckenbrücke");
        assertThat(forFrench.headers().firstValue("Content-Language")).hasValue("en-GB");
        assertThat(api.get("/api/v1/content/exercises/" + id + "?locale=de-DE").headers()
                .firstValue("Content-Language")).hasValue("de-DE");
    }

    private void publish(ObjectNode exercise) {
        assertThat(api.post(AUTHORING + "/exercises", AUTHOR, exercise).statusCode()).isEqualTo(201);
        step("submit", AUTHOR, null);
        assertThat(step("approve", CLINICIAN, null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> step(String action, String actor, String comment) {
        return api.post(item() + "/" + action, actor, Api.comment(comment));
    }

    private String item() {
        return AUTHORING + "/exercises/" + id + "/en-GB";
    }

    private List<io.backstride.platform.events.IncomingEvent> published(String subject) {
        return capture.events(ContentPublishedV1.TYPE).stream().filter(event -> event.subject().equals(subject))
                .toList();
    }

    private static ObjectNode exercise(String id) {
        return Api.seed("exercises", "glute-bridge").put("id", id);
    }

    private static List<String> texts(tools.jackson.databind.JsonNode array, String field) {
        var values = new ArrayList<String>();
        array.forEach(item -> values.add(item.get(field).asString()));
        return values;
    }
}
