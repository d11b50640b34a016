package io.backstride.assessment.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import io.backstride.assessment.domain.CleanRunner;
import io.backstride.assessment.domain.instrument.Answer;
import io.backstride.assessment.messaging.AssessmentCompleted;
import io.backstride.assessment.messaging.AssessmentTopics;
import io.backstride.platform.test.EventCapture;
import io.backstride.platform.security.RunnerConsents;
import io.backstride.platform.test.EventSchemas;
import io.backstride.platform.test.TestTokens;
import io.backstride.platform.test.WithKafkaAndMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import static io.backstride.assessment.domain.CleanRunner.FUNCTION_SCALE;
import static io.backstride.assessment.domain.CleanRunner.PAIN_RATINGS;
import static io.backstride.assessment.domain.CleanRunner.RUNNING_PATTERN;
import static io.backstride.assessment.domain.CleanRunner.SCREENING;
import static io.backstride.assessment.web.AssessmentApi.body;
import static io.backstride.assessment.web.AssessmentApi.newKey;
import static io.backstride.assessment.web.AssessmentApi.newRunner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Submitting and reading initial assessments through the HTTP API, against a real Kafka broker and MongoDB server,
 * as a runner with consent in force (access itself: {@code RunnerDataAccessIT}, {@code AssessmentAccessIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithKafkaAndMongo
class AssessmentApiIT {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    RunnerConsents consents;

    AssessmentApi api;
    final String runner = newRunner();

    @BeforeEach
    void runnerWithConsent() {
        consents.given(runner, TestTokens.TENANT, "v1", Instant.now());
        api = new AssessmentApi(port).as(TestTokens.runner(runner));
    }

    @Test
    void refersRunnerWithLegNumbness() {
        var reply = api.submitAssessment(runner, newKey(), body(CleanRunner.initialAssessment().yes(SCREENING, "legSymptoms")));

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        assertThat(reply.body().get("outcome").asString()).isEqualTo("REFER");
        assertThat(reply.body().get("programmeAllowed").asBoolean()).isFalse();
        var rule = reply.body().get("firedRules").get(0);
        assertThat(rule.get("ruleId").asString()).isEqualTo("SCR-LEG-SYMPTOMS");
        assertThat(rule.get("level").asString()).isEqualTo("REFER");
        assertThat(rule.get("ruleVersion").asInt()).isPositive();
        assertThat(rule.get("instrumentId").asString()).isEqualTo("screening");
        assertThat(rule.get("instrumentVersion").asString()).isEqualTo("1.0.0");
        assertThat(rule.get("reason").asString()).isNotBlank();
        assertThat(rule.get("inputs").get("legSymptoms").asString()).isEqualTo("YES");
        assertThat(reply.body().has("urgentCare")).isFalse();
        assertThat(reply.header("Location")).endsWith("/runners/" + runner + "/assessments/" + reply.body().get("id").asString());
    }

    @Test
    void urgentOutcomeCarriesTheAdviceInTheSubmitResponse() {
        var reply = api.submitAssessment(runner, newKey(), body(CleanRunner.screening().yes(SCREENING, "saddleNumbness")));

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        assertThat(reply.body().get("outcome").asString()).isEqualTo("URGENT");
        var urgentCare = reply.body().get("urgentCare");
        assertThat(urgentCare.get("message").asString()).contains("NHS 111");
        assertThat(urgentCare.get("contacts").findValuesAsString("number")).contains("111", "999");
        assertThat(urgentCare.get("adviceVersion").asString()).isNotBlank();
        assertThat(urgentCare.get("ruleIds").get(0).asString()).isEqualTo("SCR-CES-SADDLE");
        assertThat(reply.body().has("profile")).isFalse();
    }

    @Test
    void urgentCareAdviceNamesTheServicesOfTheRunnersCountry() {
        var reply = api.submitAssessment(runner, newKey(),
                body(CleanRunner.screening().yes(SCREENING, "bladderOrBowelChange"), "en-US"));

        assertThat(reply.body().get("urgentCare").get("message").asString()).contains("911").doesNotContain("NHS");
        assertThat(reply.body().get("firedRules").get(0).get("reason").asString()).isNotBlank();
    }

    @Test
    void rejectedSubmissionWithUrgentSignsStillShowsTheAdvice() {
        var reply = api.submitAssessment(runner, newKey(),
                body(CleanRunner.initialAssessment().yes(SCREENING, "saddleNumbness").without(SCREENING, "cancerHistory")));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(reply)).containsExactly("screening.cancerHistory");
        assertThat(reply.body().get("urgentCare").get("message").asString()).contains("NHS 111");
        assertThat(storedAssessments()).isZero();
    }

    @Test
    void cleanRunningPatternProceedsWithAProfile() {
        var reply = api.submitAssessment(runner, newKey(), body(CleanRunner.initialAssessment()
                .choice(RUNNING_PATTERN, "formWhenTired", "LOSING_FORM")));

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        assertThat(reply.body().get("outcome").asString()).isEqualTo("PROCEED");
        assertThat(reply.body().get("programmeAllowed").asBoolean()).isTrue();
        assertThat(reply.body().get("firedRules").size()).isZero();
        var profile = reply.body().get("profile");
        assertThat(profile.get("summary").asString()).isNotBlank();
        assertThat(profile.get("emphases").size()).isPositive();
        profile.get("emphases").forEach(emphasis -> assertThat(emphasis.get("explanation").asString()).isNotBlank());
        profile.get("findings").forEach(finding -> assertThat(finding.get("reasons").get(0).get("reason").asString()).isNotBlank());
        assertThat(reply.body().get("scores").findValuesAsString("key"))
                .contains("pain-ratings:duringRun", "pain-ratings:nextMorning", "function-scale:function");
        assertThat(reply.body().get("instruments").findValuesAsString("id"))
                .containsExactlyInAnyOrder("screening", "running-pattern", "pain-ratings", "function-scale");
    }

    @Test
    void retryWithTheSameIdempotencyKeyReturnsTheFirstResult() {
        var key = newKey();
        var answers = body(CleanRunner.initialAssessment());
        try (var capture = EventCapture.of(AssessmentTopics.ASSESSMENTS)) {
            var first = api.submitAssessment(runner, key, answers);
            var retry = api.submitAssessment(runner, key, answers);

            assertThat(retry.status()).isEqualTo(first.status()).isEqualTo(201);
            assertThat(retry.body()).isEqualTo(first.body());
            assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
            assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(storedAssessments()).isEqualTo(1);
            await().atMost(Duration.ofSeconds(30)).until(() -> eventsFor(capture).size() == 1);
            capture.awaitCaughtUp();
            assertThat(eventsFor(capture)).hasSize(1);
        }
    }

    @Test
    void concurrentRetriesWithTheSameKeyWriteOneRecord() throws Exception {
        var key = newKey();
        var answers = body(CleanRunner.initialAssessment());
        var ids = new HashSet<String>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            var calls = new ArrayList<Callable<AssessmentApi.Reply>>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> api.submitAssessment(runner, key, answers));
            }
            for (var reply : pool.invokeAll(calls)) {
                assertThat(reply.get().status()).as(reply.get().body().toString()).isEqualTo(201);
                ids.add(reply.get().body().get("id").asString());
            }
        }
        assertThat(ids).hasSize(1);
        assertThat(storedAssessments()).isEqualTo(1);
    }

    @Test
    void sameKeyWithDifferentAnswersIs422() {
        var key = newKey();
        var first = api.submitAssessment(runner, key, body(CleanRunner.initialAssessment()));

        var other = api.submitAssessment(runner, key, body(CleanRunner.initialAssessment().yes(SCREENING, "legSymptoms")));

        assertThat(other.status()).isEqualTo(422);
        assertThat(fields(other)).containsExactly("Idempotency-Key");
        assertThat(storedAssessments()).isEqualTo(1);
        var stored = api.get(AssessmentApi.BASE + "/runners/" + runner + "/assessments/" + first.body().get("id").asString());
        assertThat(stored.body().get("outcome").asString()).isEqualTo("PROCEED");
    }

    @Test
    void staleInstrumentVersionIs422AndStoresNothing() {
        var answers = body(CleanRunner.initialAssessment());
        @SuppressWarnings("unchecked")
        var submissions = (List<Map<String, Object>>) answers.get("submissions");
        var screening = new LinkedHashMap<>(submissions.getFirst());
        screening.put("version", "0.9.0");
        submissions.set(0, screening);

        var reply = api.submitAssessment(runner, newKey(), answers);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().get("errors").findValuesAsString("code")).containsExactly("STALE_INSTRUMENT_VERSION");
        assertThat(fields(reply)).containsExactly("screening");
        assertThat(storedAssessments()).isZero();
    }

    @Test
    void invalidSubmissionIs422ListingEveryFieldAndStoresNothing() {
        var typed = "x".repeat(61) + " my private words";
        var answers = body(CleanRunner.initialAssessment()
                .without(SCREENING, "cancerHistory")
                .with(SCREENING, "saddleNumbness", Answer.text("no"))
                .number(PAIN_RATINGS, "painDuringRun", 11)
                .yes(RUNNING_PATTERN, "noSuchQuestion")
                .with(FUNCTION_SCALE, "activity1", Answer.text(typed)));
        answers.put("locale", "not a locale");

        var reply = api.as(TestTokens.token().runner(runner).tenant(null).bearer()).submitAssessment(runner, null, answers);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(fields(reply)).containsExactlyInAnyOrder("Idempotency-Key", "tenantId", "locale",
                "screening.cancerHistory", "screening.saddleNumbness", "pain-ratings.painDuringRun",
                "running-pattern.noSuchQuestion", "function-scale.activity1");
        assertThat(reply.body().get("errors").findValuesAsString("code")).contains("MISSING_REQUIRED", "WRONG_TYPE",
                "OUT_OF_RANGE", "UNKNOWN_ITEM", "TOO_LONG");
        assertThat(reply.body().toString()).doesNotContain("my private words");
        assertThat(reply.body().get("requestId").asString()).isNotBlank();
        assertThat(reply.body().has("urgentCare")).isFalse();
        assertThat(storedAssessments()).isZero();
    }

    @Test
    void listsARunnersAssessmentsNewestFirstInPages() {
        var ids = new ArrayList<String>();
        for (var painDuringRun : List.of(1, 2, 3)) {
            ids.add(api.submitAssessment(runner, newKey(), body(CleanRunner.initialAssessment()
                    .number(PAIN_RATINGS, "painDuringRun", painDuringRun))).body().get("id").asString());
        }

        var first = api.get(AssessmentApi.BASE + "/runners/" + runner + "/assessments?size=2");
        var second = api.get(AssessmentApi.BASE + "/runners/" + runner + "/assessments?size=2&page=1");

        assertThat(ids(first)).containsExactly(ids.get(2), ids.get(1));
        assertThat(ids(second)).containsExactly(ids.get(0));
        assertThat(first.body().get("totalItems").asLong()).isEqualTo(3);
        assertThat(first.body().get("totalPages").asInt()).isEqualTo(2);
        var newcomer = newRunner();
        assertThat(api.as(TestTokens.runner(newcomer)).get(AssessmentApi.BASE + "/runners/" + newcomer + "/assessments")
                .body().get("items").size()).isZero();
        assertThat(api.get(AssessmentApi.BASE + "/runners/" + runner + "/assessments?size=1000").status()).isEqualTo(422);
    }

    @Test
    void readsOneAssessmentOfTheRunnerAndNoOtherRunners() {
        api = api.as(TestTokens.token().runner(runner).tenant("london-marathon").bearer());
        var id = api.submitAssessment(runner, newKey(), body(CleanRunner.initialAssessment())).body().get("id").asString();

        var own = api.get(AssessmentApi.BASE + "/runners/" + runner + "/assessments/" + id);
        var other = newRunner();
        var someoneElses = api.as(TestTokens.runner(other)).get(AssessmentApi.BASE + "/runners/" + other + "/assessments/" + id);

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body().get("id").asString()).isEqualTo(id);
        assertThat(own.body().get("tenantId").asString()).isEqualTo("london-marathon");
        assertThat(own.body().get("raceId").asString()).isEqualTo("lm-2026");
        assertThat(someoneElses.status()).isEqualTo(404);
        assertThat(someoneElses.header("Content-Type")).startsWith("application/problem+json");
        assertThat(someoneElses.body().toString()).doesNotContain("london-marathon", "lm-2026", "PROCEED");
    }

    @Test
    void theTenantComesFromTheTokenNeverFromTheBody() {
        api = api.as(TestTokens.token().runner(runner).tenant("london-marathon").bearer());
        var answers = body(CleanRunner.initialAssessment());
        answers.put("tenantId", "another-organiser");
        try (var capture = EventCapture.of(AssessmentTopics.ASSESSMENTS)) {
            var reply = api.submitAssessment(runner, newKey(), answers);

            assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
            assertThat(reply.body().get("tenantId").asString()).isEqualTo("london-marathon");
            var stored = mongo.findOne(Query.query(Criteria.where("runnerId").is(runner)), org.bson.Document.class, "assessments");
            assertThat(stored.getString("tenantId")).isEqualTo("london-marathon");
            await().atMost(Duration.ofSeconds(30)).until(() -> eventsFor(capture).size() == 1);
            var data = AssessmentApi.JSON.readTree(eventsFor(capture).getFirst().data());
            assertThat(data.get("tenantId").asString()).isEqualTo("london-marathon");
            assertThat(new String(eventsFor(capture).getFirst().data(), StandardCharsets.UTF_8)).doesNotContain("another-organiser");
        }
    }

    @Test
    void servesAnInstrumentInTheRunnersLocaleFallingBackToBritishEnglish() {
        api = new AssessmentApi(port).as(TestTokens.withRoles("organiser", "ORGANISER_STAFF"));
        var american = api.get(AssessmentApi.BASE + "/instruments/screening", "Accept-Language", "en-US,en;q=0.8");
        var french = api.get(AssessmentApi.BASE + "/instruments/screening", "Accept-Language", "fr-FR");
        var none = api.get(AssessmentApi.BASE + "/instruments/screening");

        assertThat(american.body().get("locale").asString()).isEqualTo("en-US");
        assertThat(american.header("Content-Language")).isEqualTo("en-US");
        assertThat(french.body().get("locale").asString()).isEqualTo("en-GB");
        assertThat(none.body().get("locale").asString()).isEqualTo("en-GB");
        assertThat(none.body().get("version").asString()).isEqualTo("1.0.0");
        var saddle = item(none.body(), "saddleNumbness");
        assertThat(saddle.get("type").asString()).isEqualTo("YES_NO");
        assertThat(saddle.get("required").asBoolean()).isTrue();
        assertThat(saddle.get("text").asString()).isNotBlank();
        assertThat(api.get(AssessmentApi.BASE + "/instruments/no-such-instrument").status()).isEqualTo(404);
        assertThat(api.get(AssessmentApi.BASE + "/instruments").body().findValuesAsString("id")).contains("screening", "check-in");
    }

    @Test
    void assessmentCompletedReachesKafkaAndConformsToItsSchema() {
        api = api.as(TestTokens.token().runner(runner).tenant("london-marathon").bearer());
        try (var capture = EventCapture.of(AssessmentTopics.ASSESSMENTS)) {
            var reply = api.submitAssessment(runner, newKey(), body(CleanRunner.initialAssessment()
                    .with(FUNCTION_SCALE, "activity1", Answer.text("walk to my allotment"))));

            await().atMost(Duration.ofSeconds(30)).until(() -> eventsFor(capture).size() == 1);
            var event = eventsFor(capture).getFirst();
            EventSchemas.assertConforms(event);
            var data = AssessmentApi.JSON.readTree(event.data());
            assertThat(data.get("assessmentId").asString()).isEqualTo(reply.body().get("id").asString());
            assertThat(data.get("runnerId").asString()).isEqualTo(runner);
            assertThat(data.get("tenantId").asString()).isEqualTo("london-marathon");
            assertThat(data.get("raceId").asString()).isEqualTo("lm-2026");
            assertThat(data.get("outcome").asString()).isEqualTo("PROCEED");
            assertThat(data.get("profile").get("emphases").size()).isPositive();
            assertThat(data.get("baselineScores").findValuesAsString("key")).contains("pain-ratings:duringRun");
            assertThat(new String(event.data(), StandardCharsets.UTF_8)).doesNotContain("allotment");
            assertThat(capture.records().stream().filter(r -> r.key().equals(runner))).hasSize(1);
        }
    }

    private List<io.backstride.platform.events.IncomingEvent> eventsFor(EventCapture capture) {
        return capture.distinctEvents(AssessmentCompleted.TYPE).stream().filter(e -> runner.equals(e.subject())).toList();
    }

    private long storedAssessments() {
        return mongo.count(Query.query(Criteria.where("runnerId").is(runner)), "assessments");
    }

    static List<String> ids(AssessmentApi.Reply page) {
        var ids = new ArrayList<String>();
        page.body().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static List<String> fields(AssessmentApi.Reply reply) {
        return reply.body().get("errors").findValuesAsString("field");
    }

    private static JsonNode item(JsonNode instrument, String itemId) {
        for (var item : instrument.get("items")) {
            if (item.get("id").asString().equals(itemId)) {
                return item;
            }
        }
        throw new AssertionError("no item " + itemId);
    }
}
