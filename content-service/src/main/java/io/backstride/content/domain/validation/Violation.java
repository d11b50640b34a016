package io.backstride.content.domain.validation;

/**
 * One problem with a piece of content.
 *
 * @param path field path from the content root, e.g. {@code levels[2].dosage.sets}
 */
public record Violation(String path, ViolationCode code, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
