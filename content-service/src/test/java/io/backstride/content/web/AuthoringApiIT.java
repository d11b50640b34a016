package io.backstride.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.backstride.content.Api;
import io.backstride.content.messaging.ContentPublishedV1;
import io.backstride.content.messaging.ContentRetiredV1;
import io.backstride.content.messaging.ContentTopics;
import io.backstride.platform.test.EventCapture;
import io.backstride.platform.security.Roles;
import io.backstride.platform.test.EventSchemas;
import io.backstride.platform.test.TestTokens;
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
    private static final String AUTHOR_SUBJECT = "author-ana";
    private static final String CLINICIAN_SUBJECT = "clinician-cleo";

    @LocalServerPort
    int port;
    /** A runner: reads the published library. */
    Api api;
    Api author;
    Api clinician;
    EventCapture capture;
    String id;

    @BeforeEach
    void connect() {
        api = new Api(port, TestTokens.runner("runner-rae"));
        author = api.as(TestTokens.withRoles(AUTHOR_SUBJECT, Roles.AUTHOR));
        clinician = api.as(TestTokens.withRoles(CLINICIAN_SUBJECT, Roles.CLINICIAN));
        capture = EventCapture.of(ContentTopics.EXERCISES, ContentTopics.ARTICLES);
        id = "bridge-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void close() {
        capture.close();
    }

    @Test
    void aDraftReviewedByASecondPersonIsPublishedServedAndAnnounced() {
        assertThat(author.post(AUTHORING + "/exercises", exercise(id)).statusCode()).isEqualTo(201);
        assertThat(step("submit", author, null).statusCode()).isEqualTo(200);
        var approved = step("approve", clinician, "checked against the clinical rules");

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(Api.json(approved).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(Api.json(approved).get("liveVersion").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/content/exercises/" + id).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> !published(id).isEmpty());
        var event = published(id).getFirst();
        EventSchemas.assertConforms(event);
        assertThat(event.type()).isEqualTo(ContentPublishedV1.TYPE);
        var history = Api.json(author.get(item() + "/history"));
        assertThat(texts(history, "action")).containsExactly("CREATE", "SUBMIT", "APPROVE");
        assertThat(texts(history, "actor")).containsExactly(AUTHOR_SUBJECT, AUTHOR_SUBJECT, CLINICIAN_SUBJECT);
    }

    @Test
    void aDraftWithManyProblemsIsRefusedNamingEveryFieldAndNothingIsWritten() {
        var draft = exercise(id);
        draft.putArray("levels").add(draft.arrayNode().addObject().put("level", "BASE"));
        ((ObjectNode) draft.get("media").get(0)).remove("altText");
        ((ObjectNode) draft.get("progressions").get(0)).put("exerciseId", "no-such-exercise");

        var response = author.post(AUTHORING + "/exercises", draft);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(texts(Api.json(response).get("errors"), "field")).contains(
                "levels", "levels[0].dosage", "media[0].altText", "progressions[0].exerciseId");
        assertThat(author.get(item()).statusCode()).isEqualTo(404);
    }

    @Test
    void aDosageOutOfRangeNamesTheField() {
        var draft = exercise(id);
        ((ObjectNode) draft.get("levels").get(1).get("dosage")).put("sets", 40);

        var response = author.post(AUTHORING + "/exercises", draft);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(texts(Api.json(response).get("errors"), "field")).contains("levels[1].dosage.sets");
    }

    @Test
    void anUnknownFieldIsRefusedNotDropped() {
        var draft = exercise(id).put("difficulty", "hard");

        var response = author.post(AUTHORING + "/exercises", draft);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(texts(Api.json(response).get("errors"), "field")).containsExactly("difficulty");
    }

    @Test
    void withoutATokenNoStepIsTakenAndNothingIsWritten() {
        var anonymous = api.as(null);

        var response = anonymous.post(AUTHORING + "/exercises", exercise(id), "X-Acting-User", AUTHOR_SUBJECT);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(author.get(item()).statusCode()).isEqualTo(404);
    }

    @Test
    void readersWithoutTheAuthorOrClinicianRoleCannotWriteOrReadDrafts() {
        for (var token : List.of(TestTokens.runner("runner-rae"), TestTokens.withRoles("organiser-ola",
                Roles.ORGANISER_ADMIN, Roles.ORGANISER_STAFF), TestTokens.withRoles("admin-ada", Roles.PLATFORM_ADMIN,
                Roles.OPS), TestTokens.partner("runner-rae", "watch-app", "openid", "runner.read", "runner.write"))) {
            var reader = api.as(token);
            var created = reader.post(AUTHORING + "/exercises", exercise(id));
            assertThat(created.statusCode()).as(token).isEqualTo(403);
            assertThat(Api.json(created).get("title").asString()).isEqualTo("Forbidden");
        }
        assertThat(author.get(item()).statusCode()).as("nothing written").isEqualTo(404);

        publish(exercise(id));
        var runner = api.as(TestTokens.runner("runner-rae"));
        assertThat(runner.put(item(), exercise(id).put("summary", "Changed by a runner.")).statusCode()).isEqualTo(403);
        for (var path : List.of(item(), item() + "/history", item() + "/versions/1")) {
            var response = runner.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.body()).doesNotContain(AUTHOR_SUBJECT).doesNotContain("levels");
        }
        assertThat(Api.json(author.get(item())).get("latestVersion").asInt()).isEqualTo(1);
    }

    @Test
    void onlyAClinicianApprovesRejectsOrRetiresAnotherAuthorIsNotEnough() {
        author.post(AUTHORING + "/exercises", exercise(id));
        step("submit", author, null);
        var secondAuthor = api.as(TestTokens.withRoles("author-ben", Roles.AUTHOR));

        assertThat(step("approve", secondAuthor, null).statusCode()).isEqualTo(403);
        assertThat(step("reject", secondAuthor, "not like this").statusCode()).isEqualTo(403);
        assertThat(Api.json(author.get(item())).get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(step("approve", clinician, null).statusCode()).isEqualTo(200);
        assertThat(step("retire", secondAuthor, "out of date").statusCode()).isEqualTo(403);
        assertThat(Api.json(author.get(item())).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(texts(Api.json(author.get(item() + "/history")), "actor"))
                .containsExactly(AUTHOR_SUBJECT, AUTHOR_SUBJECT, CLINICIAN_SUBJECT);
    }

    @Test
    void aClinicianMayWriteADraftButASecondClinicianMustApproveIt() {
        var writingClinician = api.as(TestTokens.withRoles("clinician-dora", Roles.CLINICIAN));
        assertThat(writingClinician.post(AUTHORING + "/exercises", exercise(id)).statusCode()).isEqualTo(201);
        assertThat(step("submit", writingClinician, null).statusCode()).isEqualTo(200);

        var ownApproval = step("approve", writingClinician, null);

        assertThat(ownApproval.statusCode()).isEqualTo(403);
        assertThat(Api.json(ownApproval).get("title").asString()).isEqualTo("Self-approval is not allowed");
        assertThat(step("approve", clinician, null).statusCode()).isEqualTo(200);
        assertThat(texts(Api.json(author.get(item() + "/history")), "actor"))
                .containsExactly("clinician-dora", "clinician-dora", CLINICIAN_SUBJECT);
    }

    @Test
    void theActingPersonIsTheTokensSubjectAndAHeaderCannotPassForSomeoneElse() {
        var authorAndClinician = api.as(TestTokens.withRoles("ana-both", Roles.AUTHOR, Roles.CLINICIAN));
        authorAndClinician.post(AUTHORING + "/exercises", exercise(id), "X-Acting-User", "someone-else");
        step("submit", authorAndClinician, null);

        var approval = authorAndClinician.post(item() + "/approve", Api.comment(null), "X-Acting-User", CLINICIAN_SUBJECT);

        assertThat(approval.statusCode()).as("still self-approval").isEqualTo(403);
        assertThat(Api.json(author.get(item())).get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(texts(Api.json(author.get(item() + "/history")), "actor")).containsExactly("ana-both", "ana-both");
    }

    @Test
    void aTokenThatNamesNobodyCannotTakeAStep() {
        var nobody = api.as(TestTokens.token().subject(null).roles(Roles.AUTHOR).bearer());

        assertThat(nobody.post(AUTHORING + "/exercises", exercise(id)).statusCode()).isEqualTo(403);
        assertThat(author.get(item()).statusCode()).isEqualTo(404);
    }

    @Test
    void approvingADraftThatWasNotSubmittedIsAConflict() {
        author.post(AUTHORING + "/exercises", exercise(id));

        var response = step("approve", clinician, null);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(Api.json(author.get(item())).get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void creatingAnExistingItemIsAConflict() {
        author.post(AUTHORING + "/exercises", exercise(id));

        assertThat(author.post(AUTHORING + "/exercises", exercise(id)).statusCode()).isEqualTo(409);
    }

    @Test
    void anAuthorCannotApproveTheirOwnChangeEvenWithTheClinicianRole() {
        author.post(AUTHORING + "/exercises", exercise(id));
        step("submit", author, null);
        var sameAuthorAsClinician = api.as(TestTokens.withRoles(AUTHOR_SUBJECT, Roles.AUTHOR, Roles.CLINICIAN));

        var response = step("approve", sameAuthorAsClinician, null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Api.json(response).get("title").asString()).isEqualTo("Self-approval is not allowed");
        assertThat(Api.json(response).get("requestId").asString()).isNotBlank();
        assertThat(Api.json(author.get(item())).get("status").asString()).isEqualTo("IN_REVIEW");
    }

    @Test
    void aRejectionNeedsACommentAndSendsTheVersionBackToDraft() {
        author.post(AUTHORING + "/exercises", exercise(id));
        step("submit", author, null);

        var withoutComment = step("reject", clinician, null);
        var withComment = step("reject", clinician, "the easier level needs a shorter hold");

        assertThat(withoutComment.statusCode()).isEqualTo(422);
        assertThat(texts(Api.json(withoutComment).get("errors"), "field")).containsExactly("comment");
        assertThat(withComment.statusCode()).isEqualTo(200);
        assertThat(Api.json(withComment).get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void editingPublishedContentStartsANewVersionAndTheOldOneStaysReadableByNumber() {
        publish(exercise(id));
        var etag = api.get("/api/v1/content/exercises/" + id).headers().firstValue("ETag").orElseThrow();

        var edited = author.put(item(), exercise(id).put("summary", "A reworded summary for the second version."));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(Api.json(edited).get("latestVersion").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/content/exercises/" + id).headers().firstValue("ETag")).hasValue(etag);
        step("submit", author, null);
        assertThat(step("approve", clinician, null).statusCode()).isEqualTo(200);

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

        var retired = step("retire", clinician, "replaced by a better exercise");

        assertThat(retired.statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/content/exercises/" + id).statusCode()).isEqualTo(404);
        assertThat(step("retire", clinician, null).statusCode()).as("nothing live to retire").isEqualTo(409);
        await().atMost(Duration.ofSeconds(20)).until(() -> capture.events(ContentRetiredV1.TYPE).stream()
                .anyMatch(event -> event.subject().equals(id)));
        capture.events(ContentRetiredV1.TYPE).forEach(EventSchemas::assertConforms);
    }

    @Test
    void anArticleIsPublishedOnTheArticleTopic() {
        var slug = "article-" + id;
        var article = Api.seed("articles", "is-this-for-you").put("slug", slug);

        assertThat(author.post(AUTHORING + "/articles", article).statusCode()).isEqualTo(201);
        author.post(AUTHORING + "/articles/" + slug + "/en-GB/submit", Api.comment(null));
        assertThat(clinician.post(AUTHORING + "/articles/" + slug + "/en-GB/approve", Api.comment(null))
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
        assertThat(author.post(AUTHORING + "/exercises", german).statusCode()).isEqualTo(201);
        author.post(AUTHORING + "/exercises/" + id + "/de-DE/submit", Api.comment(null));
        clinician.post(AUTHORING + "/exercises/" + id + "/de-DE/approve", Api.comment(null));

        var forGerman = api.get("/api/v1/content/exercises/" + id, "Accept-Language", "de-AT, de;q=0.9");
        var forFrench = api.get("/api/v1/content/exercises/" + id, "Accept-Language", "fr");

        assertThat(forGerman.headers().firstValue("Content-Language")).hasValue("de-DE");
        assertThat(Api.json(forGerman).get("content").get("name").asString()).isEqualTo("Beckenbrücke");
        assertThat(forFrench.headers().firstValue("Content-Language")).hasValue("en-GB");
        assertThat(api.get("/api/v1/content/exercises/" + id + "?locale=de-DE").headers()
                .firstValue("Content-Language")).hasValue("de-DE");
    }

    private void publish(ObjectNode exercise) {
        assertThat(author.post(AUTHORING + "/exercises", exercise).statusCode()).isEqualTo(201);
        step("submit", author, null);
        assertThat(step("approve", clinician, null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> step(String action, Api actor, String comment) {
        return actor.post(item() + "/" + action, Api.comment(comment));
    }

    private String item() {
        return AUTHORING + "/exercises/" + id + "/en-GB";
    }

    private List<io.backstride.platform.events.IncomingEvent> published(String subject) {
        return capture.distinctEvents(ContentPublishedV1.TYPE).stream().filter(event -> event.subject().equals(subject))
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
