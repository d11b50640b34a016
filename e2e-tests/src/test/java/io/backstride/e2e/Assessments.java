package io.backstride.e2e;

import java.io.InputStream;

import io.backstride.e2e.Runners.Runner;
import tools.jackson.databind.node.ObjectNode;

/**
 * Assessment submissions for the shipped instruments (version 1.0.0): a new instrument version makes the tests that
 * use them fail until the fixture follows it.
 */
final class Assessments {

    private Assessments() {
    }

    /** A clean initial assessment (outcome PROCEED), for the runner's own tenant as their token names it. */
    static ObjectNode cleanInitial(Runner runner) throws Exception {
        ObjectNode body = cleanInitial();
        body.put("tenantId", runner.tokens().claim("tenant"));
        body.remove("raceId"); // the fixture's race belongs to another organiser
        return body;
    }

    /** The same with one screening item answered yes (a red or orange flag). */
    static ObjectNode withScreeningFlag(Runner runner, String item) throws Exception {
        ObjectNode body = cleanInitial(runner);
        body.get("submissions").forEach(submission -> {
            if ("screening".equals(submission.get("instrumentId").asString())) {
                ((ObjectNode) submission.get("answers")).put(item, true);
            }
        });
        return body;
    }

    /** The fixture as stored, for calls that never reach a runner's data. */
    static ObjectNode cleanInitial() throws Exception {
        try (InputStream in = Assessments.class.getResourceAsStream("/assessment/clean-initial-assessment.json")) {
            return (ObjectNode) Gateway.JSON.readTree(in);
        }
    }
}
