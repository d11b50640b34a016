package io.backstride.assessment.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.backstride.assessment.domain.AnswerSet;
import io.backstride.assessment.domain.ShippedInstruments;
import io.backstride.assessment.domain.instrument.Answer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the assessment API for tests: builds request bodies from answer sets and reads JSON replies. Each
 * client sends one access token ({@link #as}); without one, requests are anonymous.
 */
public final class AssessmentApi {

    public static final JsonMapper JSON = JsonMapper.shared();
    static final String BASE = "/api/v1/assessments";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final int port;
    private final String token;

    AssessmentApi(int port) {
        this(port, null);
    }

    private AssessmentApi(int port, String token) {
        this.port = port;
        this.token = token;
    }

    /** The same client sending this {@code Authorization} value (e.g. {@code TestTokens.runner(runnerId)}). */
    AssessmentApi as(String token) {
        return new AssessmentApi(port, token);
    }

    record Reply(int status, Map<String, List<String>> headers, JsonNode body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    static String newRunner() {
        return "runner-" + UUID.randomUUID();
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * The body a client sends: race, locale and the answers to each instrument at the version in force (the tenant
     * is the token's, the body has none).
     */
    public static Map<String, Object> body(AnswerSet answers, String locale) {
        var submissions = new ArrayList<Map<String, Object>>();
        for (var instrumentId : answers.instrumentIds()) {
            var values = new LinkedHashMap<String, Object>();
            answers.answersTo(instrumentId).forEach((item, answer) -> values.put(item, json(answer)));
            var version = ShippedInstruments.CATALOGUE.find(instrumentId).map(i -> i.version()).orElse("1.0.0");
            submissions.add(Map.of("instrumentId", instrumentId, "version", version, "answers", values));
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("raceId", "lm-2026");
        body.put("locale", locale);
        body.put("submissions", submissions);
        return body;
    }

    static Map<String, Object> body(AnswerSet answers) {
        return body(answers, "en-GB");
    }

    private static Object json(Answer answer) {
        return switch (answer) {
            case Answer.YesNo yesNo -> yesNo.yes();
            case Answer.Numeric numeric -> numeric.value() == Math.rint(numeric.value())
                    ? (Object) (long) numeric.value() : numeric.value();
            case Answer.Text text -> text.value();
            case Answer.Unreadable unreadable -> List.of();
        };
    }

    Reply submitAssessment(String runnerId, String key, Object body) {
        return post(BASE + "/runners/" + runnerId + "/assessments", key, body);
    }

    Reply submitCheckIn(String runnerId, String key, Object body) {
        return post(BASE + "/runners/" + runnerId + "/check-ins", key, body);
    }

    Reply assessment(String runnerId, String assessmentId) {
        return get(BASE + "/runners/" + runnerId + "/assessments/" + assessmentId);
    }

    Reply post(String path, String key, Object body) {
        var request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body)));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request);
    }

    Reply get(String path, String... headers) {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Reply send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", token);
        }
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var body = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
            return new Reply(response.statusCode(), response.headers().map(), body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
