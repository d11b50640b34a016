package io.backstride.platform.web;

/** One reason a request was refused: the field (a JSON path such as {@code answers[3].value}) and why. */
public record Violation(String field, String reason) {
}
