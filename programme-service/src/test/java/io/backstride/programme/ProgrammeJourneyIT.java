package io.backstride.programme;

import static io.backstride.programme.LogBodies.firstOfPurpose;
import static io.backstride.programme.LogBodies.run;
import static io.backstride.programme.LogBodies.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.backstride.platform.events.IncomingEvent;
import io.backstride.platform.security.RunnerConsents;
import io.backstride.platform.test.EventCapture;
import io.backstride.platform.test.EventSchemas;
import io.backstride.platform.test.TestTokens;
import io.backstride.platform.test.WithKafkaAndMongo;
import io.backstride.programme.messaging.ProgrammeEventsV1;
import io.backstride.programme.messaging.ProgrammeTopics;
import io.backstride.programme.persistence.AssessmentStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
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
 * The programme journey end to end: events in, API calls, events out, against Kafka and MongoDB. The runner calls
 * the {@code /me/} API with their own token and has given consent; access itself is proven by
 * {@link RunnerDataAccessIT} and {@link ProgrammeAccessIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithKafkaAndMongo
@Import(ConsumedTopics.class)
class ProgrammeJourneyIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    AssessmentStore assessments;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    RunnerConsents consents;

    private final HttpClient http = HttpClient.newHttpClient();
    private EventCapture programmeEvents;
    private String runnerId;
    private String token;

    @BeforeEach
    void publishTheLibrary() {
        programmeEvents = EventCapture.of(ProgrammeTopics.PROGRAMMES);
        runnerId = "runner-" + UUID.randomUUID();
        token = TestTokens.runner(runnerId);
        consents.given(runnerId, TestTokens.TENANT, "v1", Instant.now());
        publishLibrary();
    }

    @AfterEach
    void close() {
        programmeEvents.close();
    }

    @Test
    void aProceedAssessmentProducesATwelveWeekProgrammeWithMobilityStrengthStepAndTechnique() {
        var programme = planned("PROCEED");

        assertThat(programme.get("weeks").asInt()).isEqualTo(12);
        var purposes = new HashSet<String>();
        programme.get("week").forEach(day -> day.get("elements").forEach(element -> {
            purposes.add(element.get("purpose").asString());
            assertThat(element.get("why").get("text").asString()).isNotBlank();
        }));
        assertThat(purposes).contains("MOBILITY", "STRENGTH", "STEP", "TECHNIQUE");
        assertThat(programme.get("techniqueFocus").get("cueId").asString()).isNotBlank();
        var created = awaitEvent(ProgrammeEventsV1.PROGRAMME_CREATED);
        EventSchemas.assertConforms(created);
        assertThat(JSON.readTree(created.data()).get("tenantId").asString()).isEqualTo("london-marathon");
    }

    @Test
    void aReferAssessmentProducesNoProgramme() {
        var assessment = Events.assessment(runnerId, "REFER");
        Events.publish(kafka, ProgrammeTopics.ASSESSMENTS, Events.ASSESSMENT_COMPLETED, runnerId, assessment);

        await().atMost(WAIT).until(() -> assessments.statusOf(assessment.get("assessmentId").asString())
                .filter(status -> status == AssessmentStore.Status.NO_PROGRAMME).isPresent());
        assertThat(get("/programme").statusCode()).isEqualTo(404);
        programmeEvents.awaitCaughtUp();
        assertThat(programmeEvents.records()).noneMatch(record -> record.key().equals(runnerId));
    }

    @Test
    void anUnknownOutcomeProducesNoProgramme() {
        var assessment = Events.assessment(runnerId, "SOMETHING_NEW");
        Events.publish(kafka, ProgrammeTopics.ASSESSMENTS, Events.ASSESSMENT_COMPLETED, runnerId, assessment);

        await().atMost(WAIT).until(() -> assessments.statusOf(assessment.get("assessmentId").asString())
                .filter(status -> status == AssessmentStore.Status.NO_PROGRAMME).isPresent());
        assertThat(get("/programme").statusCode()).isEqualTo(404);
    }

    @Test
    void anAssessmentThatArrivesBeforeTheLibraryIsPlannedOnceTheLibraryArrives() {
        // the library published before each test must have arrived first, or it would arrive after the drop
        await().atMost(WAIT).until(() -> mongo.count(Query.query(Criteria.where("contentVersion")
                .is(Events.libraryVersion())), "library_entries") >= Events.librarySize());
        // the library read model emptied behind the service's back moves its revision, as the README asks of anyone
        // editing it by hand, so that no instance keeps planning from its copy in memory
        mongo.dropCollection("library_entries");
        mongo.upsert(Query.query(Criteria.where("_id").is("library")),
                new org.springframework.data.mongodb.core.query.Update().inc("revision", 1), "library_revision");
        var assessment = Events.assessment(runnerId, "PROCEED");
        Events.publish(kafka, ProgrammeTopics.ASSESSMENTS, Events.ASSESSMENT_COMPLETED, runnerId, assessment);
        await().atMost(WAIT).until(() -> assessments.statusOf(assessment.get("assessmentId").asString())
                .filter(status -> status == AssessmentStore.Status.PENDING_LIBRARY).isPresent());
        assertThat(get("/programme").statusCode()).isEqualTo(404);

        publishLibrary();

        await().atMost(WAIT).until(() -> get("/programme").statusCode() == 200);
    }

    @Test
    void twoEasySessionsProgressAnExercise() {
        var exercise = firstOfPurpose(planned("PROCEED"), "STRENGTH");

        assertThat(post("/sessions", null, session(exercise, 2, 1, Instant.now().minusSeconds(7200))).statusCode()).isEqualTo(201);
        assertThat(post("/sessions", null, session(exercise, 2, 1, Instant.now().minusSeconds(3600))).statusCode()).isEqualTo(201);

        var progression = awaitEvent(ProgrammeEventsV1.PROGRESSION_APPLIED);
        EventSchemas.assertConforms(progression);
        var payload = JSON.readTree(progression.data());
        assertThat(payload.get("rule").get("id").asString()).isEqualTo("EX-1");
        assertThat(payload.get("inputs").get("logIds")).hasSize(2);
        var history = JSON.readTree(get("/history").body());
        assertThat(history.get("changes").get(0).get("change").asString()).isEqualTo("PROGRESSION");
    }

    @Test
    void aPainfulRunRegressesTheRunningLoad() {
        planned("PROCEED");

        assertThat(post("/runs", null, run(5000, 7, Instant.now().minusSeconds(3600))).statusCode()).isEqualTo(201);

        var regression = awaitEvent(ProgrammeEventsV1.REGRESSION_APPLIED);
        EventSchemas.assertConforms(regression);
        assertThat(JSON.readTree(get("/programme").body()).get("runningLoad").asString()).isEqualTo("EASIER");
    }

    @Test
    void aRunMuchLongerThanTheLongestOfTheLast30DaysIsFlagged() {
        planned("PROCEED");

        post("/runs", null, run(5000, 1, Instant.now().minus(Duration.ofDays(3))));
        post("/runs", null, run(8000, 1, Instant.now().minusSeconds(3600)));

        var spike = awaitEvent(ProgrammeEventsV1.RUN_SPIKE_FLAGGED);
        EventSchemas.assertConforms(spike);
        assertThat(JSON.readTree(spike.data()).get("longestPrevious30DaysMetres").asInt()).isEqualTo(5000);
    }

    @Test
    void aPlannedRunMuchLongerThanTheLongestOfTheLast30DaysIsFlaggedOnceHoweverOftenItIsChecked() {
        planned("PROCEED");
        post("/runs", null, run(5000, 1, Instant.now().minus(Duration.ofDays(3))));
        var tomorrow = LocalDate.now(LONDON).plusDays(1).toString();
        var plan = Map.of("plannedRunId", "plan-" + UUID.randomUUID(), "date", tomorrow, "distanceMetres", 8000);

        var checked = post("/planned-runs", null, plan);

        assertThat(checked.statusCode()).isEqualTo(200);
        var body = JSON.readTree(checked.body());
        assertThat(body.get("flagged").asBoolean()).isTrue();
        assertThat(body.get("date").asString()).isEqualTo(tomorrow);
        assertThat(body.get("distanceMetres").asInt()).isEqualTo(8000);
        assertThat(body.get("longestPrevious30DaysMetres").asInt()).isEqualTo(5000);
        assertThat(body.get("limitMetres").asInt()).isEqualTo(5500);
        assertThat(body.get("rule").get("id").asString()).isEqualTo("RL-1");
        assertThat(body.get("rule").get("version").asInt()).isEqualTo(1);
        assertThat(body.get("advice").asString()).isNotBlank();
        var spike = await().atMost(WAIT).until(() -> plannedSpikes(), spikes -> !spikes.isEmpty()).getFirst();
        EventSchemas.assertConforms(spike);
        var payload = JSON.readTree(spike.data());
        assertThat(payload.get("decisionId").asString()).isEqualTo(body.get("decisionId").asString());
        assertThat(payload.get("runId").asString()).isEqualTo(plan.get("plannedRunId"));
        assertThat(payload.get("distanceMetres").asInt()).isEqualTo(8000);

        var again = post("/planned-runs", null, plan);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(checked.body());
        var withinLimit = post("/planned-runs", null,
                Map.of("plannedRunId", "plan-" + UUID.randomUUID(), "date", tomorrow, "distanceMetres", 5400));
        assertThat(withinLimit.statusCode()).isEqualTo(200);
        var within = JSON.readTree(withinLimit.body());
        assertThat(within.get("flagged").asBoolean()).isFalse();
        assertThat(within.get("decisionId").isNull()).isTrue();
        assertThat(within.get("rule").isNull()).isTrue();
        assertThat(within.get("limitMetres").asInt()).isEqualTo(5500);
        programmeEvents.awaitCaughtUp();
        assertThat(plannedSpikes()).as("one flag: the same plan again and a plan within the limit publish nothing")
                .hasSize(1);
        assertThat(programmeEvents.distinctEvents(ProgrammeEventsV1.RUN_SPIKE_FLAGGED).stream()
                .filter(event -> event.subject().equals(runnerId))).hasSize(1);
        var listed = JSON.readTree(get("/planned-runs").body()).get("plannedRuns");
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0)).isEqualTo(body);
        assertThat(JSON.readTree(get("/history").body()).get("changes")).as("not a decision of the logs").isEmpty();
    }

    @Test
    void aBadPlannedRunIsRefusedNamingEveryFieldAndNothingIsStored() {
        planned("PROCEED");

        var response = post("/planned-runs", null, Map.of("plannedRunId", " ",
                "date", LocalDate.now(LONDON).minusDays(1).toString(), "distanceMetres", 0));
        var malformed = post("/planned-runs", null, Map.of("plannedRunId", "p1", "date", "tomorrow",
                "distanceMetres", 5000));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(StreamSupport.stream(JSON.readTree(response.body()).get("errors").spliterator(), false)
                .map(violation -> violation.get("field").asString()).toList())
                .containsExactlyInAnyOrder("plannedRunId", "date", "distanceMetres");
        assertThat(malformed.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(malformed.body()).get("errors").get(0).get("field").asString()).isEqualTo("date");
        assertThat(JSON.readTree(get("/planned-runs").body()).get("plannedRuns")).isEmpty();
    }

    @Test
    void aPlannedRunWithoutAProgrammeIsNotFound() {
        var response = post("/planned-runs", null, Map.of("plannedRunId", "p1",
                "date", LocalDate.now(LONDON).plusDays(1).toString(), "distanceMetres", 5000));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(get("/planned-runs").statusCode()).isEqualTo(404);
    }

    @Test
    void threeUnacceptablyPainfulLogsSuspendTheProgrammeAndRaiseAnEscalation() {
        planned("PROCEED");

        for (var hoursAgo = 3; hoursAgo >= 1; hoursAgo--) {
            post("/runs", null, run(3000, 7, Instant.now().minusSeconds(3600L * hoursAgo)));
        }

        var escalation = awaitEvent(ProgrammeEventsV1.ESCALATION_RAISED);
        EventSchemas.assertConforms(escalation);
        EventSchemas.assertConforms(awaitEvent(ProgrammeEventsV1.PROGRAMME_SUSPENDED));
        assertThat(JSON.readTree(escalation.data()).get("adviceCode").asString())
                .isEqualTo("SEE_A_HEALTHCARE_PROFESSIONAL");
        assertThat(JSON.readTree(get("/programme").body()).get("status").asString()).isEqualTo("SUSPENDED");
        var plan = post("/planned-runs", null, Map.of("plannedRunId", "p1",
                "date", LocalDate.now(LONDON).plusDays(1).toString(), "distanceMetres", 5000));
        assertThat(plan.statusCode()).as("a suspended programme checks no planned run").isEqualTo(409);
        assertThat(JSON.readTree(plan.body()).get("status").asInt()).isEqualTo(409);
    }

    @Test
    void newRunningDaysMoveTheRestOfTheProgrammeFromTomorrowOnceWhileTodayStaysAsItWas() {
        var programme = planned("PROCEED");
        assertThat(programme.get("runDays").toString()).isEqualTo("[\"TUESDAY\",\"THURSDAY\",\"SATURDAY\"]");
        var today = JSON.readTree(get("/today").body());
        var change = Map.of("runDays", List.of("MONDAY", "WEDNESDAY", "FRIDAY"), "timeZone", "Europe/London");

        var changed = put("/preferences", change);

        assertThat(changed.statusCode()).isEqualTo(200);
        var tomorrow = LocalDate.parse(today.get("date").asString()).plusDays(1);
        assertThat(JSON.readTree(changed.body()).get("rescheduledFrom").asString()).isEqualTo(tomorrow.toString());
        var rescheduled = awaitEvent(ProgrammeEventsV1.PROGRAMME_RESCHEDULED);
        EventSchemas.assertConforms(rescheduled);
        var payload = JSON.readTree(rescheduled.data());
        assertThat(payload.get("effectiveFrom").asString()).isEqualTo(tomorrow.toString());
        assertThat(payload.get("runDays").toString()).isEqualTo("[\"MONDAY\",\"WEDNESDAY\",\"FRIDAY\"]");
        var weekThree = JSON.readTree(get("/weeks/3").body());
        assertThat(StreamSupport.stream(weekThree.get("sessions").spliterator(), false)
                .filter(session -> session.get("run").asBoolean())
                .map(session -> LocalDate.parse(session.get("date").asString()).getDayOfWeek().name()).toList())
                .containsExactly("MONDAY", "WEDNESDAY", "FRIDAY");
        var todayAfter = JSON.readTree(get("/today").body());
        assertThat(todayAfter.get("session")).isEqualTo(today.get("session"));
        assertThat(todayAfter.get("restDay")).isEqualTo(today.get("restDay"));
        assertThat(JSON.readTree(get("/programme").body()).get("weekFrom").asString()).isEqualTo(tomorrow.toString());

        var again = put("/preferences", change);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("rescheduledFrom").isNull()).isTrue();
        programmeEvents.awaitCaughtUp();
        assertThat(programmeEvents.distinctEvents(ProgrammeEventsV1.PROGRAMME_RESCHEDULED).stream()
                .filter(event -> event.subject().equals(runnerId))).as("the same days again publish nothing").hasSize(1);
    }

    @Test
    void theSameIdempotencyKeyTwiceRecordsOneLogAndAnswersTheSame() {
        planned("PROCEED");
        var run = run(5000, 2, Instant.now().minusSeconds(600));

        var first = post("/runs", "key-1", run);
        var second = post("/runs", "key-1", run);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(loggedCount()).isEqualTo(1);
    }

    @Test
    void anIdempotencyKeyReusedForADifferentRequestIsAConflict() {
        planned("PROCEED");

        post("/runs", "key-2", run(5000, 2, Instant.now().minusSeconds(600)));
        var reused = post("/runs", "key-2", run(6000, 2, Instant.now().minusSeconds(600)));

        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(loggedCount()).isEqualTo(1);
    }

    @Test
    void aLateOutOfOrderLogIsAcceptedAndPlacedWhereItHappened() {
        planned("PROCEED");

        assertThat(post("/runs", null, run(5000, 2, Instant.now().minusSeconds(600))).statusCode()).isEqualTo(201);
        var late = post("/runs", null, run(4000, 1, Instant.now().minus(Duration.ofDays(2))));

        assertThat(late.statusCode()).isEqualTo(201);
        assertThat(loggedCount()).isEqualTo(2);
        var morning = patch("/runs/" + JSON.readTree(late.body()).get("id").asString(), Map.of("nextMorningPain", 2));
        assertThat(morning.statusCode()).isEqualTo(200);
    }

    @Test
    void badInputIsRefusedWithEveryFieldAndNothingIsStored() {
        planned("PROCEED");

        var response = post("/runs", null, Map.of("id", "bad-run", "performedAt", Instant.now().plusSeconds(86_400).toString(),
                "distanceMetres", -5, "durationSeconds", 1800, "painDuring", 11));

        assertThat(response.statusCode()).isEqualTo(422);
        var fields = StreamSupport.stream(JSON.readTree(response.body()).get("errors").spliterator(), false)
                .map(violation -> violation.get("field").asString()).toList();
        assertThat(fields).contains("performedAt", "distanceMetres", "painDuring");
        assertThat(loggedCount()).isZero();
    }

    @Test
    void anEmptyEntryInARunImportIsNamedAndNothingIsStored() {
        planned("PROCEED");
        var runs = new java.util.ArrayList<Object>();
        runs.add(run(5000, 2, Instant.now().minusSeconds(7200)));
        runs.add(null);

        var response = post("/runs:import", null, java.util.Collections.singletonMap("runs", runs));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).get("errors").get(0).get("field").asString()).isEqualTo("runs[1]");
        assertThat(loggedCount()).isZero();
    }

    @Test
    void aRetryAfterACrashBetweenTheProgrammeAndTheBucketWriteFilesTheLogOnce() {
        planned("PROCEED");
        var run = run(5000, 7, Instant.now().minusSeconds(600));
        var first = post("/runs", null, run);
        awaitEvent(ProgrammeEventsV1.REGRESSION_APPLIED);
        // the crash: the programme document (with the log unfiled and its events) was written, the bucket not
        mongo.remove(Query.query(Criteria.where("runnerId").is(runnerId)), "programme_log_buckets");

        var retry = post("/runs", null, run);

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(loggedCount()).isEqualTo(1);
        programmeEvents.awaitCaughtUp();
        assertThat(programmeEvents.events(ProgrammeEventsV1.REGRESSION_APPLIED).stream()
                .filter(event -> event.subject().equals(runnerId))).hasSize(1);
    }

    @Test
    void logsRacingOnOneProgrammeAreEachFiledOnce() throws Exception {
        planned("PROCEED");
        // one runner, several devices at once: every log reads the programme and its buckets, and all but one
        // save lose the optimistic lock and start again from a fresh read, so no log is lost or filed twice
        var runs = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> run(3000 + i, 1, Instant.now().minusSeconds(3600 - i * 60L))).toList();
        try (var parallel = java.util.concurrent.Executors.newFixedThreadPool(6)) {
            var answers = parallel.invokeAll(runs.stream()
                    .<java.util.concurrent.Callable<HttpResponse<String>>>map(run -> () -> post("/runs", null, run))
                    .toList());
            for (var answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(201);
            }
        }

        assertThat(loggedCount()).isEqualTo(12);
    }

    // ---- helpers

    private void publishLibrary() {
        Events.publishLibrary(kafka);
    }

    private JsonNode planned(String outcome) {
        Events.publish(kafka, ProgrammeTopics.ASSESSMENTS, Events.ASSESSMENT_COMPLETED, runnerId,
                Events.assessment(runnerId, outcome));
        await().atMost(WAIT).until(() -> get("/programme").statusCode() == 200);
        return JSON.readTree(get("/programme").body());
    }

    /** The runner's RunSpikeFlagged events for planned runs, each once. */
    private List<IncomingEvent> plannedSpikes() {
        return programmeEvents.distinctEvents(ProgrammeEventsV1.RUN_SPIKE_FLAGGED).stream()
                .filter(event -> event.subject().equals(runnerId))
                .filter(event -> JSON.readTree(event.data()).get("planned").asBoolean()).toList();
    }

    private IncomingEvent awaitEvent(String type) {
        return await().atMost(WAIT).until(() -> programmeEvents.events(type).stream()
                .filter(event -> event.subject().equals(runnerId)).findFirst(), found -> found.isPresent()).orElseThrow();
    }

    /** Logs filed in the runner's weekly buckets (the stored truth, whichever week they fell in). */
    private int loggedCount() {
        return mongo.find(Query.query(Criteria.where("runnerId").is(runnerId)), org.bson.Document.class,
                "programme_log_buckets").stream()
                .mapToInt(bucket -> bucket.getList("sessions", Object.class).size()
                        + bucket.getList("runs", Object.class).size())
                .sum();
    }




    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> post(String path, String idempotencyKey, Object body) {
        var request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    private HttpResponse<String> put(String path, Object body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private HttpResponse<String> patch(String path, Object body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + "/api/v1/programmes/me" + path);
    }

    /** As the runner, with the runner's own token (the consent is given before each test). */
    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Authorization", token).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
