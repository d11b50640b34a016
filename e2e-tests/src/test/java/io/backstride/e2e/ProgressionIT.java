package io.backstride.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.backstride.e2e.Runners.Runner;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The progression rules of clinical-rules §4 end to end: a fresh consented runner is assessed through the gateway,
 * gets a programme, logs on {@code /api/v1/programmes/me/...} with their own token, and the programme-service's
 * decisions reach Kafka as events carrying the rule that fired.
 */
class ProgressionIT {

    private static final String PROGRAMMES = "programme.programme.v1";

    @Test
    void twoEasySessionsProgressAnExercise() throws Exception {
        Runner runner = programmed();
        String exercise = firstOfPurpose(Gateway.json(runner.gateway().get("/api/v1/programmes/me/programme")), "STRENGTH");
        try (PlatformEvents events = new PlatformEvents(PROGRAMMES)) {
            assertThat(log(runner, "/sessions", session(exercise, 2, 1, Instant.now().minusSeconds(7200))).statusCode()).isEqualTo(201);
            assertThat(log(runner, "/sessions", session(exercise, 2, 1, Instant.now().minusSeconds(3600))).statusCode()).isEqualTo(201);

            JsonNode progression = awaitEvent(events, runner, "backstride.programme.ProgressionApplied.v1");
            assertThat(progression.get("rule").get("id").asString()).isEqualTo("EX-1");
        }
        JsonNode history = Gateway.json(runner.gateway().get("/api/v1/programmes/me/history"));
        assertThat(history.get("changes").get(0).get("change").asString()).isEqualTo("PROGRESSION");
    }

    @Test
    void aPainfulRunRegressesTheRunningLoad() throws Exception {
        Runner runner = programmed();
        try (PlatformEvents events = new PlatformEvents(PROGRAMMES)) {
            assertThat(log(runner, "/runs", run(5000, 7, Instant.now().minusSeconds(3600))).statusCode()).isEqualTo(201);
            awaitEvent(events, runner, "backstride.programme.RegressionApplied.v1");
        }
        assertThat(Gateway.json(runner.gateway().get("/api/v1/programmes/me/programme")).get("runningLoad").asString())
                .isEqualTo("EASIER");
    }

    @Test
    void aRunMuchLongerThanTheLongestOfTheLast30DaysIsFlagged() throws Exception {
        Runner runner = programmed();
        try (PlatformEvents events = new PlatformEvents(PROGRAMMES)) {
            log(runner, "/runs", run(5000, 1, Instant.now().minus(Duration.ofDays(3))));
            log(runner, "/runs", run(8000, 1, Instant.now().minusSeconds(3600)));
            JsonNode spike = awaitEvent(events, runner, "backstride.programme.RunSpikeFlagged.v1");
            assertThat(spike.get("longestPrevious30DaysMetres").asInt()).isEqualTo(5000);
        }
    }

    @Test
    void afterALoggedSpikeAPlannedRunMuchLongerThanTheLongestIsFlaggedOnce() throws Exception {
        Runner runner = programmed();
        try (PlatformEvents events = new PlatformEvents(PROGRAMMES)) {
            log(runner, "/runs", run(5000, 1, Instant.now().minus(Duration.ofDays(3))));
            log(runner, "/runs", run(8000, 1, Instant.now().minusSeconds(3600)));
            awaitEvent(events, runner, "backstride.programme.RunSpikeFlagged.v1");

            Map<String, Object> plan = Map.of("plannedRunId", UUID.randomUUID().toString(),
                    "date", LocalDate.now(ZoneId.of("Europe/London")).plusDays(1).toString(), "distanceMetres", 9500);
            HttpResponse<String> checked = log(runner, "/planned-runs", plan);
            assertThat(checked.statusCode()).isEqualTo(200);
            JsonNode check = Gateway.json(checked);
            assertThat(check.get("flagged").asBoolean()).isTrue();
            assertThat(check.get("longestPrevious30DaysMetres").asInt()).isEqualTo(8000);
            assertThat(check.get("rule").get("id").asString()).isEqualTo("RL-1");

            JsonNode planned = await().atMost(Duration.ofSeconds(30)).until(() -> events.records().stream()
                    .filter(r -> runner.runnerId().equals(r.key())
                            && "backstride.programme.RunSpikeFlagged.v1".equals(PlatformEvents.header(r, "ce_type")))
                    .map(r -> Gateway.JSON.readTree(r.value()))
                    .filter(spike -> spike.get("planned").asBoolean()).findFirst(), Optional::isPresent).orElseThrow();
            assertThat(planned.get("decisionId").asString()).isEqualTo(check.get("decisionId").asString());

            HttpResponse<String> again = log(runner, "/planned-runs", plan);
            assertThat(again.body()).as("the same plan answers the same").isEqualTo(checked.body());
        }
        JsonNode listed = Gateway.json(runner.gateway().get("/api/v1/programmes/me/planned-runs"));
        assertThat(listed.get("plannedRuns")).hasSize(1);
    }

    @Test
    void threeUnacceptablyPainfulLogsSuspendTheProgrammeAndRaiseAnEscalation() throws Exception {
        Runner runner = programmed();
        try (PlatformEvents events = new PlatformEvents(PROGRAMMES)) {
            for (int hoursAgo = 3; hoursAgo >= 1; hoursAgo--) {
                assertThat(log(runner, "/runs", run(3000, 7, Instant.now().minusSeconds(3600L * hoursAgo))).statusCode()).isEqualTo(201);
            }
            JsonNode escalation = awaitEvent(events, runner, "backstride.programme.EscalationRaised.v1");
            assertThat(escalation.get("adviceCode").asString()).isEqualTo("SEE_A_HEALTHCARE_PROFESSIONAL");
            awaitEvent(events, runner, "backstride.programme.ProgrammeSuspended.v1");
        }
        assertThat(Gateway.json(runner.gateway().get("/api/v1/programmes/me/programme")).get("status").asString())
                .isEqualTo("SUSPENDED");
    }

    @Test
    void theSameIdempotencyKeyTwiceRecordsOneLogAndADifferentRunUnderItIsAConflict() throws Exception {
        Runner runner = programmed();
        Map<String, Object> run = run(4000, 2, Instant.now().minusSeconds(600));
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = runner.gateway().post("/api/v1/programmes/me/runs", run, "Idempotency-Key", key);
        HttpResponse<String> second = runner.gateway().post("/api/v1/programmes/me/runs", run, "Idempotency-Key", key);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).as("the first answer, not a second log").isEqualTo(first.body());
        HttpResponse<String> reused = runner.gateway().post("/api/v1/programmes/me/runs",
                run(6000, 2, Instant.now().minusSeconds(600)), "Idempotency-Key", key);
        assertThat(reused.statusCode()).as("the same key for a different run").isEqualTo(409);
    }

    @Test
    void changingTheRunningDaysMovesTheRestOfTheProgramme() throws Exception {
        Runner runner = programmed();
        JsonNode before = Gateway.json(runner.gateway().get("/api/v1/programmes/me/programme"));
        int lastWeek = before.get("weeks").asInt();
        JsonNode today = Gateway.json(runner.gateway().get("/api/v1/programmes/me/today"));
        try (PlatformEvents events = new PlatformEvents(PROGRAMMES)) {
            Map<String, Object> preferences = Map.of("runDays", java.util.List.of("MONDAY", "WEDNESDAY", "FRIDAY"),
                    "timeZone", "Europe/London");
            HttpResponse<String> changed = Runners.onceConsentHasReachedTheService(() ->
                    runner.gateway().put("/api/v1/programmes/me/preferences", preferences));
            assertThat(changed.statusCode()).as(Gateway.describe(changed)).isEqualTo(200);
            assertThat(Gateway.json(changed).get("rescheduledFrom").asString())
                    .isEqualTo(LocalDate.now(ZoneId.of("Europe/London")).plusDays(1).toString());

            JsonNode rescheduled = awaitEvent(events, runner, "backstride.programme.ProgrammeRescheduled.v1");
            assertThat(rescheduled.get("runDays")).extracting(JsonNode::asString)
                    .containsExactly("MONDAY", "WEDNESDAY", "FRIDAY");
        }
        // the last week follows the new days; today's session is as it was (the next run may move)
        JsonNode week = Gateway.json(runner.gateway().get("/api/v1/programmes/me/weeks/" + lastWeek));
        java.util.Set<String> runDays = new java.util.TreeSet<>();
        week.get("sessions").forEach(session -> {
            if (session.get("run").asBoolean() && !session.get("raceDay").asBoolean()) {
                runDays.add(LocalDate.parse(session.get("date").asString()).getDayOfWeek().name());
            }
        });
        assertThat(runDays).isSubsetOf("MONDAY", "WEDNESDAY", "FRIDAY").isNotEmpty();
        assertThat(Gateway.json(runner.gateway().get("/api/v1/programmes/me/today")).get("session"))
                .isEqualTo(today.get("session"));
    }

    /** A fresh consented runner with a PROCEED assessment and the programme it produced. */
    private static Runner programmed() throws Exception {
        Runner runner = Runners.newConsentedRunner();
        String key = UUID.randomUUID().toString();
        JsonNode outcome = Gateway.json(Runners.onceConsentHasReachedTheService(() -> runner.gateway()
                .post("/api/v1/assessments/me/assessments", Assessments.cleanInitial(runner), "Idempotency-Key", key)));
        assertThat(outcome.get("outcome").asString()).isEqualTo("PROCEED");
        await().atMost(Duration.ofSeconds(60)).until(() ->
                runner.gateway().get("/api/v1/programmes/me/programme").statusCode() == 200);
        return runner;
    }

    private static HttpResponse<String> log(Runner runner, String path, Map<String, Object> body) {
        return Runners.onceConsentHasReachedTheService(() -> runner.gateway().post("/api/v1/programmes/me" + path, body));
    }

    private static JsonNode awaitEvent(PlatformEvents events, Runner runner, String type) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> find(events, runner, type), Optional::isPresent)
                .map(record -> Gateway.JSON.readTree(record.value())).orElseThrow();
    }

    private static Optional<ConsumerRecord<String, byte[]>> find(PlatformEvents events, Runner runner, String type) {
        return events.records().stream().filter(r -> runner.runnerId().equals(r.key())
                && type.equals(PlatformEvents.header(r, "ce_type"))).findFirst();
    }

    private static String firstOfPurpose(JsonNode programme, String purpose) {
        for (JsonNode day : programme.get("week")) {
            for (JsonNode element : day.get("elements")) {
                if (element.get("purpose").asString().equals(purpose)) {
                    return element.get("exerciseId").asString();
                }
            }
        }
        throw new AssertionError("no " + purpose + " element in " + programme);
    }

    private static Map<String, Object> session(String exercise, int effort, int pain, Instant at) {
        return Map.of("id", UUID.randomUUID().toString(), "exerciseId", exercise, "level", "BASE", "sets", 3,
                "reps", 10, "effort", effort, "painDuring", pain, "performedAt", at.toString());
    }

    private static Map<String, Object> run(int metres, int pain, Instant at) {
        return Map.of("id", UUID.randomUUID().toString(), "performedAt", at.toString(), "distanceMetres", metres,
                "durationSeconds", metres / 3, "painDuring", pain);
    }
}
