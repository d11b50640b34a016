package io.backstride.assessment.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.backstride.assessment.domain.CleanRunner;
import io.backstride.platform.events.CloudEventRecords;
import io.backstride.platform.events.OutboxEvent;
import io.backstride.platform.security.ConsentRequiredException;
import io.backstride.platform.security.PartnerLinks;
import io.backstride.platform.security.RunnerAccess;
import io.backstride.platform.security.RunnerConsents;
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
import org.springframework.kafka.core.KafkaTemplate;

import static io.backstride.assessment.domain.CleanRunner.CHECK_IN;
import static io.backstride.assessment.domain.CleanRunner.SCREENING;
import static io.backstride.assessment.web.AssessmentApi.BASE;
import static io.backstride.assessment.web.AssessmentApi.body;
import static io.backstride.assessment.web.AssessmentApi.newKey;
import static io.backstride.assessment.web.AssessmentApi.newRunner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Whose assessments and check-ins a caller reaches (HAZARDS H20, H21): a runner only their own, by path or by
 * {@code /me}; a partner app only its linked runner's, within the scopes approved; health data is taken only with
 * the runner's consent in force, and nothing is stored from a refused submission.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithKafkaAndMongo
class RunnerDataAccessIT {

    private static final String CONSENT_REQUIRED = ConsentRequiredException.TYPE.toString();

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    RunnerConsents consents;
    @Autowired
    PartnerLinks partnerLinks;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    final String runner = newRunner();
    final String other = newRunner();
    AssessmentApi anonymous;
    AssessmentApi api;
    AssessmentApi otherApi;

    @BeforeEach
    void twoRunnersWithConsent() {
        consents.given(runner, TestTokens.TENANT, "v1", Instant.now());
        consents.given(other, TestTokens.TENANT, "v1", Instant.now());
        anonymous = new AssessmentApi(port);
        api = anonymous.as(TestTokens.runner(runner));
        otherApi = anonymous.as(TestTokens.runner(other));
    }

    @Test
    void anotherRunnersAssessmentIsNeverShown() {
        var mine = api.submitAssessment(runner, newKey(), body(CleanRunner.initialAssessment().yes(SCREENING, "legSymptoms")));
        assertThat(mine.status()).isEqualTo(201);
        var id = mine.body().get("id").asString();
        otherApi.submitAssessment(other, newKey(), body(CleanRunner.initialAssessment()));

        var byTheirPath = otherApi.assessment(runner, id);
        var byOwnPath = otherApi.assessment(other, id);
        var byMe = otherApi.get(BASE + "/me/assessments/" + id);
        var theirHistory = otherApi.get(BASE + "/runners/" + runner + "/assessments");
        var theirCheckIns = otherApi.get(BASE + "/runners/" + runner + "/check-ins");

        assertThat(byTheirPath.status()).isEqualTo(403);
        assertThat(byOwnPath.status()).as("an id of another runner is not found under one's own path").isEqualTo(404);
        assertThat(byMe.status()).isEqualTo(404);
        assertThat(theirHistory.status()).isEqualTo(403);
        assertThat(theirCheckIns.status()).isEqualTo(403);
        for (var reply : List.of(byTheirPath, byOwnPath, byMe, theirHistory, theirCheckIns)) {
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.body().has("outcome")).isFalse();
            assertThat(reply.body().has("items")).isFalse();
            assertThat(reply.body().toString()).doesNotContain("SCR-LEG-SYMPTOMS", "REFER");
        }
        var ownHistory = otherApi.get(BASE + "/me/assessments");
        assertThat(AssessmentApiIT.ids(ownHistory)).hasSize(1).doesNotContain(id);
    }

    @Test
    void aRunnerCannotSubmitForAnotherRunner() {
        var assessment = otherApi.submitAssessment(runner, newKey(), body(CleanRunner.initialAssessment()));
        var checkIn = otherApi.submitCheckIn(runner, newKey(), body(CleanRunner.checkIn()));
        var malformed = otherApi.submitAssessment(runner, null, java.util.Map.of("locale", "not a locale"));

        assertThat(assessment.status()).isEqualTo(403);
        assertThat(checkIn.status()).isEqualTo(403);
        assertThat(malformed.status()).as("refused before the body is checked").isEqualTo(403);
        assertThat(malformed.body().has("errors")).isFalse();
        assertThat(stored("assessments", runner) + stored("check_ins", runner)).isZero();
        assertThat(stored("assessments", other) + stored("check_ins", other)).isZero();
    }

    @Test
    void aTokenWithoutARunnerReachesNoRunnerData() {
        var organiser = anonymous.as(TestTokens.token().subject("staff").roles("RUNNER").bearer());

        assertThat(organiser.get(BASE + "/runners/" + runner + "/assessments").status()).isEqualTo(403);
        assertThat(organiser.get(BASE + "/me/assessments").status()).isEqualTo(403);
        assertThat(organiser.submitAssessment(runner, newKey(), body(CleanRunner.initialAssessment())).status()).isEqualTo(403);
        assertThat(anonymous.get(BASE + "/me/check-ins").status()).isEqualTo(401);
        assertThat(anonymous.as(TestTokens.withRoles("doctor", "CLINICIAN")).get(BASE + "/runners/" + runner + "/assessments").status())
                .isEqualTo(403);
        assertThat(stored("assessments", runner)).isZero();
    }

    @Test
    void anAssessmentWithoutConsentIs403ConsentRequiredAndStoresNothing() {
        var withoutConsent = newRunner();
        var client = anonymous.as(TestTokens.runner(withoutConsent));

        var urgent = client.submitAssessment(withoutConsent, newKey(), body(CleanRunner.screening().yes(SCREENING, "saddleNumbness")));
        var byMe = client.post(BASE + "/me/assessments", newKey(), body(CleanRunner.initialAssessment()));

        for (var reply : List.of(urgent, byMe)) {
            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.body().get("type").asString()).isEqualTo(CONSENT_REQUIRED);
            assertThat(reply.body().has("outcome")).isFalse();
        }
        assertThat(stored("assessments", withoutConsent)).isZero();
        assertThat(client.get(BASE + "/me/assessments").status()).as("reading stays allowed").isEqualTo(200);
    }

    @Test
    void aCheckInWithoutConsentIs403ConsentRequiredAndStoresNothing() {
        var withoutConsent = newRunner();
        var client = anonymous.as(TestTokens.runner(withoutConsent));

        var reply = client.post(BASE + "/me/check-ins", newKey(), body(CleanRunner.checkIn().yes(CHECK_IN, "legSymptoms")));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body().get("type").asString()).isEqualTo(CONSENT_REQUIRED);
        assertThat(stored("check_ins", withoutConsent)).isZero();
        assertThat(client.get(BASE + "/me/check-ins").body().get("items").size()).isZero();
    }

    @Test
    void aRetryAfterConsentWasWithdrawnStillGetsTheFirstResultButNothingNewIsTaken() {
        var key = newKey();
        var answers = body(CleanRunner.initialAssessment());
        var first = api.submitAssessment(runner, key, answers);
        var checkInKey = newKey();
        var checkInAnswers = body(CleanRunner.checkIn());
        var firstCheckIn = api.submitCheckIn(runner, checkInKey, checkInAnswers);
        assertThat(first.status()).isEqualTo(201);
        assertThat(firstCheckIn.status()).isEqualTo(201);
        consents.withdrawn(runner, TestTokens.TENANT, "v1", Instant.now().plusSeconds(1));

        var retry = api.submitAssessment(runner, key, answers);
        var retryByMe = api.post(BASE + "/me/assessments", key, answers);
        var checkInRetry = api.submitCheckIn(runner, checkInKey, checkInAnswers);
        var sameKeyOtherAnswers = api.submitAssessment(runner, key, body(CleanRunner.initialAssessment().yes(SCREENING, "legSymptoms")));
        var newSubmission = api.submitAssessment(runner, newKey(), answers);
        var newCheckIn = api.submitCheckIn(runner, newKey(), checkInAnswers);
        var stolenKey = otherApi.submitAssessment(runner, key, answers);

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retryByMe.body()).isEqualTo(first.body());
        assertThat(checkInRetry.status()).isEqualTo(201);
        assertThat(checkInRetry.body()).isEqualTo(firstCheckIn.body());
        for (var refused : List.of(sameKeyOtherAnswers, newSubmission, newCheckIn)) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body().get("type").asString()).isEqualTo(CONSENT_REQUIRED);
        }
        assertThat(stolenKey.status()).isEqualTo(403);
        assertThat(stolenKey.body().toString()).doesNotContain(first.body().get("id").asString());
        assertThat(stored("assessments", runner)).isEqualTo(1);
        assertThat(stored("check_ins", runner)).isEqualTo(1);
    }

    @Test
    void theConsentGivenEventFromIdentityOpensSubmissions() throws Exception {
        var newcomer = newRunner();
        var client = anonymous.as(TestTokens.runner(newcomer));
        assertThat(client.post(BASE + "/me/assessments", newKey(), body(CleanRunner.initialAssessment())).status()).isEqualTo(403);

        kafka.send(CloudEventRecords.toRecord(new OutboxEvent(UUID.randomUUID().toString(), "identity.consent.v1", newcomer,
                "backstride.identity.ConsentGiven.v1", "/backstride/identity-service", newcomer, Instant.now(),
                "{\"runnerId\":\"" + newcomer + "\",\"tenantId\":\"" + TestTokens.TENANT
                        + "\",\"consentVersion\":1,\"givenAt\":\"" + Instant.now() + "\"}", null))).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> consents.inForce(newcomer));
        var reply = client.post(BASE + "/me/assessments", newKey(), body(CleanRunner.initialAssessment()));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        assertThat(stored("assessments", newcomer)).isEqualTo(1);
    }

    @Test
    void meIsTheSameAsTheRunnersOwnPath() {
        var submitted = api.post(BASE + "/me/assessments", newKey(), body(CleanRunner.initialAssessment()));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(201);
        var id = submitted.body().get("id").asString();
        assertThat(submitted.body().get("runnerId").asString()).isEqualTo(runner);
        assertThat(submitted.header("Location")).endsWith("/runners/" + runner + "/assessments/" + id);
        var checkIn = api.post(BASE + "/me/check-ins", newKey(), body(CleanRunner.checkIn()));
        assertThat(checkIn.status()).isEqualTo(201);
        assertThat(checkIn.body().get("baselineAssessmentId").asString()).isEqualTo(id);

        assertThat(api.get(BASE + "/me/assessments/" + id).body()).isEqualTo(api.assessment(runner, id).body());
        assertThat(api.get(BASE + "/me/assessments").body()).isEqualTo(api.get(BASE + "/runners/" + runner + "/assessments").body());
        assertThat(api.get(BASE + "/me/check-ins").body()).isEqualTo(api.get(BASE + "/runners/" + runner + "/check-ins").body());
        assertThat(AssessmentApiIT.ids(api.get(BASE + "/me/check-ins"))).containsExactly(checkIn.body().get("id").asString());
        assertThat(api.get(BASE + "/me/assessments?size=1000").status()).isEqualTo(422);
    }

    @Test
    void aLinkedPartnerActsForItsRunnerWithinTheApprovedScopesAndAnUnlinkedOneIsRefused() {
        var readWrite = anonymous.as(TestTokens.partner(runner, "watch-app", "openid", RunnerAccess.READ_SCOPE, RunnerAccess.WRITE_SCOPE));
        assertThat(readWrite.get(BASE + "/me/assessments").status()).as("not linked yet").isEqualTo(403);
        assertThat(readWrite.submitAssessment(runner, newKey(), body(CleanRunner.initialAssessment())).status()).isEqualTo(403);
        assertThat(stored("assessments", runner)).isZero();

        partnerLinks.changed(runner, TestTokens.TENANT, "watch-app", true,
                List.of("openid", RunnerAccess.READ_SCOPE, RunnerAccess.WRITE_SCOPE), Instant.now());

        var submitted = readWrite.submitAssessment(runner, newKey(), body(CleanRunner.initialAssessment()));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(201);
        var id = submitted.body().get("id").asString();
        assertThat(readWrite.get(BASE + "/me/assessments/" + id).status()).isEqualTo(200);
        assertThat(readWrite.post(BASE + "/me/check-ins", newKey(), body(CleanRunner.checkIn())).status()).isEqualTo(201);
        assertThat(readWrite.get(BASE + "/runners/" + other + "/assessments").status()).as("another runner").isEqualTo(403);

        var readOnly = anonymous.as(TestTokens.partner(runner, "watch-app", "openid", RunnerAccess.READ_SCOPE));
        assertThat(readOnly.get(BASE + "/runners/" + runner + "/assessments/" + id).status()).isEqualTo(200);
        assertThat(readOnly.submitAssessment(runner, newKey(), body(CleanRunner.initialAssessment())).status())
                .as("writing needs runner.write").isEqualTo(403);
        var unlinked = anonymous.as(TestTokens.partner(runner, "another-app", "openid", RunnerAccess.READ_SCOPE, RunnerAccess.WRITE_SCOPE));
        var refused = unlinked.get(BASE + "/runners/" + runner + "/assessments/" + id);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().has("outcome")).isFalse();
        assertThat(unlinked.post(BASE + "/me/check-ins", newKey(), body(CleanRunner.checkIn())).status()).isEqualTo(403);
        assertThat(stored("assessments", runner)).isEqualTo(1);
        assertThat(stored("check_ins", runner)).isEqualTo(1);

        partnerLinks.changed(runner, TestTokens.TENANT, "watch-app", false, List.of(), Instant.now().plusSeconds(1));
        assertThat(readWrite.get(BASE + "/me/assessments").status()).as("link revoked").isEqualTo(403);
    }

    private long stored(String collection, String runnerId) {
        return mongo.count(Query.query(Criteria.where("runnerId").is(runnerId)), collection);
    }
}
