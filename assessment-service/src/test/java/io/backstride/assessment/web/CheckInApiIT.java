package io.backstride.assessment.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.backstride.assessment.domain.CleanRunner;
import io.backstride.assessment.domain.instrument.Answer;
import io.backstride.assessment.messaging.AssessmentTopics;
import io.backstride.assessment.messaging.CheckInCompleted;
import io.backstride.platform.events.IncomingEvent;
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

import static io.backstride.assessment.domain.CleanRunner.CHECK_IN;
import static io.backstride.assessment.domain.CleanRunner.FUNCTION_SCALE;
import static io.backstride.assessment.domain.CleanRunner.PAIN_RATINGS;
import static io.backstride.assessment.web.AssessmentApi.body;
import static io.backstride.assessment.web.AssessmentApi.newKey;
import static io.backstride.assessment.web.AssessmentApi.newRunner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Weekly check-ins through the HTTP API: trends against the latest assessment's baseline and new red flags. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithKafkaAndMongo
class CheckInApiIT {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    RunnerConsents consents;

    AssessmentApi api;
    final String runner = newRunner();
    String assessmentId;

    @BeforeEach
    void assessedRunnerWithPainTwoDuringRuns() {
        consents.given(runner, TestTokens.TENANT, "v1", Instant.now());
        api = new AssessmentApi(port).as(TestTokens.token().runner(runner).tenant("london-marathon").bearer());
        var assessment = api.submitAssessment(runner, newKey(), body(CleanRunner.initialAssessment()));
        assertThat(assessment.status()).isEqualTo(201);
        assessmentId = assessment.body().get("id").asString();
    }

    @Test
    void refersWhenPainDuringRunsRisesTwoPointsAboveTheBaselineOfTheLatestAssessment() {
        var reply = api.submitCheckIn(runner, newKey(), body(CleanRunner.checkIn().number(PAIN_RATINGS, "painDuringRun", 4)));

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        assertThat(reply.body().get("outcome").asString()).isEqualTo("REFER");
        assertThat(reply.body().get("baselineAssessmentId").asString()).isEqualTo(assessmentId);
        var trend = trend(reply.body(), "pain-ratings:duringRun");
        assertThat(trend.get("baseline").asDouble()).isEqualTo(2);
        assertThat(trend.get("current").asDouble()).isEqualTo(4);
        assertThat(trend.get("direction").asString()).isEqualTo("WORSE");
        var rule = reply.body().get("firedRules").get(0);
        assertThat(rule.get("ruleId").asString()).isEqualTo("CI-TREND-RUN-PAIN");
        assertThat(rule.get("kind").asString()).isEqualTo("TREND");
        assertThat(rule.get("reason").asString()).isNotBlank();
        assertThat(reply.body().get("newRedFlagRuleIds").size()).isZero();
    }

    @Test
    void aChangeOfOnePointIsNotMeaningfulAndTheProgrammeGoesOn() {
        var reply = api.submitCheckIn(runner, newKey(), body(CleanRunner.checkIn().number(PAIN_RATINGS, "painDuringRun", 3)));

        assertThat(reply.body().get("outcome").asString()).isEqualTo("PROCEED");
        assertThat(trend(reply.body(), "pain-ratings:duringRun").get("direction").asString()).isEqualTo("NO_MEANINGFUL_CHANGE");
    }

    @Test
    void refersARunnerWhoReportsANewRedFlag() {
        var reply = api.submitCheckIn(runner, newKey(), body(CleanRunner.checkIn().yes(CHECK_IN, "legSymptoms")));

        assertThat(reply.body().get("outcome").asString()).isEqualTo("REFER");
        assertThat(reply.body().get("programmeAllowed").asBoolean()).isFalse();
        assertThat(reply.body().get("newRedFlagRuleIds").get(0).asString()).isEqualTo("CI-LEG-SYMPTOMS");
    }

    @Test
    void sendsARunnerWithNewSaddleNumbnessToUrgentCareInTheSameResponse() {
        var reply = api.submitCheckIn(runner, newKey(), body(CleanRunner.checkInQuestions().yes(CHECK_IN, "saddleNumbness")));

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        assertThat(reply.body().get("outcome").asString()).isEqualTo("URGENT");
        assertThat(reply.body().get("urgentCare").get("message").asString()).contains("NHS 111");
    }

    @Test
    void retryOfACheckInReturnsTheFirstResultAndStoresOneRecord() {
        var key = newKey();
        var answers = body(CleanRunner.checkIn());

        var first = api.submitCheckIn(runner, key, answers);
        var retry = api.submitCheckIn(runner, key, answers);
        var other = api.submitCheckIn(runner, key, body(CleanRunner.checkIn().yes(CHECK_IN, "feverOrUnwell")));

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(other.status()).isEqualTo(422);
        assertThat(mongo.count(Query.query(Criteria.where("runnerId").is(runner)), "check_ins")).isEqualTo(1);
    }

    @Test
    void theTenantOfACheckInComesFromTheTokenNeverFromTheBody() {
        var answers = body(CleanRunner.checkIn());
        answers.put("tenantId", "another-organiser");

        var reply = api.submitCheckIn(runner, newKey(), answers);

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        assertThat(reply.body().get("tenantId").asString()).isEqualTo("london-marathon");
        var stored = mongo.findOne(Query.query(Criteria.where("runnerId").is(runner)), org.bson.Document.class, "check_ins");
        assertThat(stored.getString("tenantId")).isEqualTo("london-marathon");
    }

    @Test
    void anInvalidCheckInIs422AndStoresNothing() {
        var reply = api.submitCheckIn(runner, newKey(), body(CleanRunner.checkIn().without(CHECK_IN, "saddleNumbness")));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().get("errors").findValuesAsString("field")).containsExactly("check-in.saddleNumbness");
        assertThat(mongo.count(Query.query(Criteria.where("runnerId").is(runner)), "check_ins")).isZero();
    }

    @Test
    void listsARunnersCheckInsNewestFirst() {
        var first = api.submitCheckIn(runner, newKey(), body(CleanRunner.checkIn())).body().get("id").asString();
        var second = api.submitCheckIn(runner, newKey(), body(CleanRunner.checkIn().number(PAIN_RATINGS, "painDuringRun", 3)))
                .body().get("id").asString();

        var history = api.get(AssessmentApi.BASE + "/runners/" + runner + "/check-ins");

        assertThat(AssessmentApiIT.ids(history)).containsExactly(second, first);
    }

    @Test
    void checkInCompletedReachesKafkaAndConformsToItsSchema() {
        try (var capture = EventCapture.of(AssessmentTopics.ASSESSMENTS)) {
            var reply = api.submitCheckIn(runner, newKey(), body(CleanRunner.checkIn()
                    .yes(CHECK_IN, "legSymptoms").number(PAIN_RATINGS, "painDuringRun", 5)
                    .with(FUNCTION_SCALE, "activity1", Answer.text("dance at my sister's wedding"))));

            await().atMost(Duration.ofSeconds(30)).until(() -> eventsFor(capture).size() == 1);
            var event = eventsFor(capture).getFirst();
            EventSchemas.assertConforms(event);
            var data = AssessmentApi.JSON.readTree(event.data());
            assertThat(data.get("checkInId").asString()).isEqualTo(reply.body().get("id").asString());
            assertThat(data.get("tenantId").asString()).as("the token's tenant").isEqualTo("london-marathon");
            assertThat(data.get("outcome").asString()).isEqualTo("REFER");
            assertThat(data.get("baselineAssessmentId").asString()).isEqualTo(assessmentId);
            assertThat(data.get("newRedFlagRuleIds").get(0).asString()).isEqualTo("CI-LEG-SYMPTOMS");
            assertThat(data.get("trends").findValuesAsString("direction")).contains("WORSE");
            assertThat(data.toString()).doesNotContain("wedding");
        }
    }

    private List<IncomingEvent> eventsFor(EventCapture capture) {
        return capture.distinctEvents(CheckInCompleted.TYPE).stream().filter(e -> runner.equals(e.subject())).toList();
    }

    private static JsonNode trend(JsonNode checkIn, String scoreKey) {
        for (var trend : checkIn.get("trends")) {
            if (trend.get("scoreKey").asString().equals(scoreKey)) {
                return trend;
            }
        }
        throw new AssertionError("no trend of " + scoreKey + " in " + checkIn);
    }
}
