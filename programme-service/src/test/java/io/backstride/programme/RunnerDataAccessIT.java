package io.backstride.programme;

import static io.backstride.programme.LogBodies.firstOfPurpose;
import static io.backstride.programme.LogBodies.run;
import static io.backstride.programme.LogBodies.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.backstride.platform.events.CloudEventRecords;
import io.backstride.platform.events.OutboxEvent;
import io.backstride.platform.security.PartnerLinks;
import io.backstride.platform.security.RunnerAccess;
import io.backstride.platform.security.RunnerConsents;
import io.backstride.platform.test.TestTokens;
import io.backstride.platform.test.WithKafkaAndMongo;
import io.backstride.programme.messaging.ProgrammeTopics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whose data: a runner reaches only their own programme and logs, by {@code /me/} or by their id; a partner app
 * only the runner its token names, while linked and within the approved scopes; logging and preferences need the
 * runner's consent in force. Every refusal comes before any lookup and stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithKafkaAndMongo
@Import(ConsumedTopics.class)
class RunnerDataAccessIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String CONSENT_REQUIRED = "https://backstride.io/problems/consent-required";
    private static final List<String> VIEWS = List.of("/programme", "/today", "/weeks/1", "/adherence", "/pain-trend",
            "/history", "/preferences", "/planned-runs");
    private static final String PARTNER_APP = "watch-app";

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    RunnerConsents consents;
    @Autowired
    PartnerLinks partnerLinks;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void publishTheLibrary() {
        Events.publishLibrary(kafka);
    }

    @Test
    void theMePathsAreTheTokensRunnersOwnPaths() {
        var runner = newRunner();
        var token = TestTokens.runner(runner);
        var programme = planned(runner);
        consent(runner);

        for (var view : VIEWS) {
            var me = call("GET", "/me" + view, token, null);
            var byId = call("GET", "/runners/" + runner + view, token, null);
            assertThat(me.statusCode()).as(view).isEqualTo(200);
            assertThat(me.body()).as(view).isEqualTo(byId.body());
        }
        assertThat(json(call("GET", "/me/programme", token, null)).get("runnerId").asString()).isEqualTo(runner);

        var run = run(5000, 2, Instant.now().minusSeconds(600));
        var logged = call("POST", "/me/runs", token, run);
        assertThat(logged.statusCode()).isEqualTo(201);
        var resent = call("POST", "/runners/" + runner + "/runs", token, run);
        assertThat(resent.statusCode()).as("the same log by the other path is a duplicate").isEqualTo(201);
        assertThat(resent.body()).isEqualTo(logged.body());
        var runId = json(logged).get("id").asString();
        assertThat(call("PATCH", "/me/runs/" + runId, token, Map.of("nextMorningPain", 2)).statusCode()).isEqualTo(200);
        assertThat(call("PATCH", "/runners/" + runner + "/runs/" + runId, token, Map.of("nextMorningPain", 3))
                .statusCode()).isEqualTo(200);
        assertThat(loggedCount(runner)).isEqualTo(1);

        var weeks = programme.get("weeks").asInt();
        for (var week : List.of("0", String.valueOf(weeks + 1), "first")) {
            assertThat(call("GET", "/me/weeks/" + week, token, null).statusCode()).as("week " + week).isEqualTo(404);
        }
    }

    @Test
    void anotherRunnerIsRefusedBeforeAnyLookupAndGetsNoneOfTheData() {
        var owner = newRunner();
        var other = newRunner();
        var programmeId = planned(owner).get("programmeId").asString();
        consent(owner);
        consent(other);
        var ownersRun = json(call("POST", "/me/runs", TestTokens.runner(owner), run(5000, 2, Instant.now().minusSeconds(600))))
                .get("id").asString();
        var before = stored(owner);
        linkPartner(other, PARTNER_APP);

        for (var token : List.of(TestTokens.runner(other), fullPartner(other))) {
            for (var view : VIEWS) {
                var response = call("GET", "/runners/" + owner + view, token, null);
                assertThat(response.statusCode()).as(view).isEqualTo(403);
                assertThat(response.body()).as(view).doesNotContain(programmeId).doesNotContain(ownersRun)
                        .doesNotContain("runDays");
                assertThat(call("GET", "/runners/nobody-" + UUID.randomUUID() + view, token, null).statusCode())
                        .as("a runner who does not exist answers the same: " + view).isEqualTo(403);
            }
            var base = "/runners/" + owner;
            assertThat(call("POST", base + "/runs", token, run(5000, 9, Instant.now().minusSeconds(300))).statusCode())
                    .isEqualTo(403);
            assertThat(call("POST", base + "/sessions", token, session("any-exercise", 2, 9, Instant.now())).statusCode())
                    .isEqualTo(403);
            assertThat(call("POST", base + "/runs:import", token, Map.of("runs", List.of(run(5000, 9, Instant.now()))))
                    .statusCode()).isEqualTo(403);
            assertThat(call("PATCH", base + "/runs/" + ownersRun, token, Map.of("nextMorningPain", 9)).statusCode())
                    .isEqualTo(403);
            assertThat(call("PATCH", base + "/runs/no-such-run", token, Map.of("nextMorningPain", 9)).statusCode())
                    .as("the same answer whether or not the run exists").isEqualTo(403);
            assertThat(call("PUT", base + "/preferences", token, preferences("MONDAY")).statusCode()).isEqualTo(403);
            assertThat(call("POST", base + "/planned-runs", token, plannedRun(9000)).statusCode()).isEqualTo(403);
            assertThat(call("POST", "/runners/nobody-" + UUID.randomUUID() + "/planned-runs", token, plannedRun(9000))
                    .statusCode()).as("the same answer whether or not the runner exists").isEqualTo(403);
        }

        assertThat(stored(owner)).as("the owner's programme and logs are untouched").isEqualTo(before);
        assertThat(loggedCount(owner)).isEqualTo(1);
        assertThat(preferencesOf(owner)).isNull();
    }

    @Test
    void writingHealthDataWithoutConsentIsRefusedAndStoresNothing() {
        var runner = newRunner();
        var token = TestTokens.runner(runner);
        var exercise = firstOfPurpose(planned(runner), "STRENGTH");
        var before = stored(runner);

        var refused = new ArrayList<HttpResponse<String>>();
        refused.add(call("POST", "/me/runs", token, run(5000, 2, Instant.now().minusSeconds(600)), "key-1"));
        refused.add(call("POST", "/me/sessions", token, session(exercise, 2, 1, Instant.now().minusSeconds(600))));
        refused.add(call("POST", "/runners/" + runner + "/runs:import", token,
                Map.of("runs", List.of(run(5000, 2, Instant.now().minusSeconds(900))))));
        refused.add(call("PATCH", "/me/runs/some-run", token, Map.of("nextMorningPain", 2)));
        refused.add(call("PUT", "/me/preferences", token, preferences("MONDAY", "FRIDAY")));
        refused.add(call("POST", "/me/runs", token, Map.of("id", "bad", "painDuring", 11)));
        refused.add(call("POST", "/me/planned-runs", token, plannedRun(9000)));
        refused.add(call("POST", "/runners/" + runner + "/planned-runs", token, Map.of("plannedRunId", "", "date", "soon")));
        for (var response : refused) {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(403);
            assertThat(json(response).get("type").asString()).as(response.uri().toString()).isEqualTo(CONSENT_REQUIRED);
        }

        assertThat(stored(runner)).isEqualTo(before);
        assertThat(loggedCount(runner)).isZero();
        assertThat(preferencesOf(runner)).isNull();
        assertThat(mongo.count(Query.query(Criteria.where("runnerId").is(runner)), "idempotency_keys")).isZero();
        assertThat(call("GET", "/me/programme", token, null).statusCode()).as("reading needs no consent").isEqualTo(200);
    }

    @Test
    void theConsentEventOpensLoggingAndItsWithdrawalClosesItAgain() throws Exception {
        var runner = newRunner();
        var token = TestTokens.runner(runner);
        planned(runner);
        var run = run(5000, 2, Instant.now().minusSeconds(600));
        assertThat(call("POST", "/me/runs", token, run).statusCode()).isEqualTo(403);

        var givenAt = Instant.now();
        publishIdentityEvent("backstride.identity.ConsentGiven.v1", runner, "{\"runnerId\":\"" + runner
                + "\",\"tenantId\":\"" + TestTokens.TENANT + "\",\"consentVersion\":1,\"givenAt\":\"" + givenAt + "\"}");
        await().atMost(WAIT).until(() -> call("POST", "/me/runs", token, run).statusCode() == 201);

        publishIdentityEvent("backstride.identity.ConsentWithdrawn.v1", runner, "{\"runnerId\":\"" + runner
                + "\",\"tenantId\":\"" + TestTokens.TENANT + "\",\"consentVersion\":1,\"withdrawnAt\":\""
                + givenAt.plusSeconds(1) + "\"}");
        await().atMost(WAIT).until(() -> call("POST", "/me/runs", token,
                run(4000, 2, Instant.now().minusSeconds(300))).statusCode() == 403);
        assertThat(loggedCount(runner)).isEqualTo(1);
    }

    @Test
    void aLinkedPartnerReadsAndImportsRunsForItsRunnerOnly() {
        var runner = newRunner();
        var other = newRunner();
        planned(runner);
        planned(other);
        consent(runner);
        consent(other);
        linkPartner(runner, PARTNER_APP);
        linkPartner(other, PARTNER_APP);
        var partner = fullPartner(runner);

        assertThat(call("GET", "/runners/" + runner + "/programme", partner, null).statusCode()).isEqualTo(200);
        assertThat(json(call("GET", "/me/programme", partner, null)).get("runnerId").asString()).isEqualTo(runner);
        var imported = call("POST", "/runners/" + runner + "/runs:import", partner, Map.of("runs", runs(3, 0)));
        assertThat(imported.statusCode()).isEqualTo(201);
        assertThat(json(imported).get("count").asInt()).isEqualTo(3);
        var viaMe = call("POST", "/me/runs:import", partner, Map.of("runs", runs(2, 3)));
        assertThat(viaMe.statusCode()).isEqualTo(201);
        assertThat(loggedCount(runner)).isEqualTo(5);

        var before = stored(other);
        assertThat(call("POST", "/runners/" + other + "/runs:import", partner, Map.of("runs", runs(2, 10))).statusCode())
                .as("a partner token acts only for the runner it names, even where the app is linked").isEqualTo(403);
        assertThat(call("GET", "/runners/" + other + "/programme", partner, null).statusCode()).isEqualTo(403);
        assertThat(call("POST", "/runners/" + other + "/planned-runs", partner, plannedRun(9000)).statusCode())
                .isEqualTo(403);
        assertThat(call("POST", "/runners/" + runner + "/planned-runs", partner, plannedRun(5000)).statusCode())
                .as("a linked partner with runner.write checks its runner's plans").isEqualTo(200);
        assertThat(stored(other)).isEqualTo(before);
        assertThat(loggedCount(other)).isZero();
    }

    @Test
    void aPartnerWithoutALinkOrWithoutTheWriteScopeIsRefused() {
        var runner = newRunner();
        planned(runner);
        consent(runner);
        var unlinked = TestTokens.partner(runner, "unlinked-app", "openid", RunnerAccess.READ_SCOPE, RunnerAccess.WRITE_SCOPE);
        assertThat(call("GET", "/runners/" + runner + "/programme", unlinked, null).statusCode()).isEqualTo(403);
        assertThat(call("POST", "/me/runs:import", unlinked, Map.of("runs", runs(2, 0))).statusCode()).isEqualTo(403);

        linkPartner(runner, PARTNER_APP);
        var readOnly = TestTokens.partner(runner, PARTNER_APP, "openid", RunnerAccess.READ_SCOPE);
        assertThat(call("GET", "/me/history", readOnly, null).statusCode()).isEqualTo(200);
        assertThat(call("POST", "/me/runs:import", readOnly, Map.of("runs", runs(2, 0))).statusCode()).isEqualTo(403);
        assertThat(call("POST", "/me/runs", readOnly, run(5000, 2, Instant.now().minusSeconds(60))).statusCode())
                .isEqualTo(403);
        assertThat(call("POST", "/me/planned-runs", readOnly, plannedRun(5000)).statusCode())
                .as("checking a plan needs runner.write").isEqualTo(403);
        assertThat(call("GET", "/me/planned-runs", readOnly, null).statusCode()).isEqualTo(200);
        assertThat(json(call("GET", "/me/planned-runs", readOnly, null)).get("plannedRuns")).isEmpty();
        assertThat(loggedCount(runner)).isZero();

        partnerLinks.changed(runner, TestTokens.TENANT, PARTNER_APP, false, List.of(), Instant.now().plusSeconds(1));
        assertThat(call("GET", "/me/programme", fullPartner(runner), null).statusCode()).as("link revoked").isEqualTo(403);
        assertThat(call("POST", "/me/runs:import", fullPartner(runner), Map.of("runs", runs(2, 0))).statusCode())
                .isEqualTo(403);
        assertThat(loggedCount(runner)).isZero();
    }

    @Test
    void aRunImportTakesAtMost500Runs() {
        var runner = newRunner();
        planned(runner);
        consent(runner);
        linkPartner(runner, PARTNER_APP);
        var partner = fullPartner(runner);

        var tooMany = call("POST", "/me/runs:import", partner, Map.of("runs", runs(501, 0)));
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(tooMany.body()).contains("TOO_MANY");
        assertThat(loggedCount(runner)).isZero();

        var most = call("POST", "/me/runs:import", partner, Map.of("runs", runs(500, 0)));
        assertThat(most.statusCode()).isEqualTo(201);
        assertThat(json(most).get("count").asInt()).isEqualTo(500);
        assertThat(loggedCount(runner)).isEqualTo(500);
    }

    @Test
    void preferencesTakeTheTenantFromTheTokenOrTheAssessmentNeverFromTheBody() {
        var runner = newRunner();
        consent(runner);
        var body = new HashMap<String, Object>(preferences("MONDAY", "WEDNESDAY"));
        body.put("tenantId", "someone-elses-race");
        var changed = call("PUT", "/me/preferences", TestTokens.runner(runner), body);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json(changed).get("runDays").toString()).isEqualTo("[\"MONDAY\",\"WEDNESDAY\"]");
        assertThat(preferencesOf(runner).getString("tenantId")).isEqualTo(TestTokens.TENANT);

        var untenanted = newRunner();
        consent(untenanted);
        var noTenant = TestTokens.token().runner(untenanted).tenant(null).bearer();
        assertThat(call("PUT", "/me/preferences", noTenant, body).statusCode())
                .as("no tenant in the token and no assessment to take it from").isEqualTo(403);
        assertThat(preferencesOf(untenanted)).isNull();
        planned(untenanted);
        assertThat(call("PUT", "/me/preferences", noTenant, body).statusCode()).isEqualTo(200);
        assertThat(preferencesOf(untenanted).getString("tenantId")).as("the assessment's organiser")
                .isEqualTo("london-marathon");
    }

    // ---- helpers

    private static String newRunner() {
        return "runner-" + UUID.randomUUID();
    }

    private static String fullPartner(String runner) {
        return TestTokens.partner(runner, PARTNER_APP, "openid", RunnerAccess.READ_SCOPE, RunnerAccess.WRITE_SCOPE);
    }

    private void consent(String runner) {
        consents.given(runner, TestTokens.TENANT, "v1", Instant.now());
    }

    private void linkPartner(String runner, String app) {
        partnerLinks.changed(runner, TestTokens.TENANT, app, true,
                List.of("openid", RunnerAccess.READ_SCOPE, RunnerAccess.WRITE_SCOPE), Instant.now());
    }

    private JsonNode planned(String runner) {
        Events.publish(kafka, ProgrammeTopics.ASSESSMENTS, Events.ASSESSMENT_COMPLETED, runner,
                Events.assessment(runner, "PROCEED"));
        var token = TestTokens.runner(runner);
        await().atMost(WAIT).until(() -> call("GET", "/me/programme", token, null).statusCode() == 200);
        return json(call("GET", "/me/programme", token, null));
    }

    private void publishIdentityEvent(String type, String runner, String payload) throws Exception {
        kafka.send(CloudEventRecords.toRecord(new OutboxEvent(UUID.randomUUID().toString(), "identity.consent.v1",
                runner, type, "/backstride/identity-service", runner, Instant.now(), payload, null))).get();
    }

    /** The runner's programme documents (without the outbox the relay empties) and log buckets, as stored. */
    private List<Document> stored(String runner) {
        var byRunner = Query.query(Criteria.where("runnerId").is(runner));
        var documents = new ArrayList<Document>();
        mongo.find(byRunner, Document.class, "programmes").forEach(programme -> {
            programme.remove("outbox");
            documents.add(programme);
        });
        documents.addAll(mongo.find(byRunner, Document.class, "programme_log_buckets"));
        return documents;
    }

    private int loggedCount(String runner) {
        return mongo.find(Query.query(Criteria.where("runnerId").is(runner)), Document.class, "programme_log_buckets")
                .stream().mapToInt(bucket -> bucket.getList("sessions", Object.class).size()
                        + bucket.getList("runs", Object.class).size())
                .sum();
    }

    private Document preferencesOf(String runner) {
        return mongo.findById(runner, Document.class, "runner_preferences");
    }


    private static Map<String, Object> plannedRun(int metres) {
        return Map.of("plannedRunId", UUID.randomUUID().toString(),
                "date", java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(1).toString(),
                "distanceMetres", metres);
    }

    private static Map<String, Object> preferences(String... days) {
        return Map.of("runDays", List.of(days), "timeZone", "Europe/Paris");
    }



    /** Easy runs of the same distance, a minute apart, the newest {@code offset} minutes ago. */
    private static List<Map<String, Object>> runs(int count, int offset) {
        var now = Instant.now();
        return IntStream.range(0, count)
                .mapToObj(i -> run(5000, 1, now.minus(Duration.ofMinutes(offset + i + 1L)))).toList();
    }

    private HttpResponse<String> call(String method, String path, String token, Object body) {
        return call(method, path, token, body, null);
    }

    private HttpResponse<String> call(String method, String path, String token, Object body, String idempotencyKey) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/programmes" + path))
                .header("Authorization", token);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
