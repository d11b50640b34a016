package io.backstride.assessment.persistence;

import java.util.Map;

/** The answers a decision was made from, kept for audit: one instrument version and its answers by item id. */
public record StoredSubmission(String instrumentId, String instrumentVersion, Map<String, Object> answers) {
}
