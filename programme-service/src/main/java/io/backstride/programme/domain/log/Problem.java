package io.backstride.programme.domain.log;

/** One thing wrong with submitted input, at a field path such as {@code runs[3].distanceMetres}. */
public record Problem(String field, String code, String message) {

    Problem under(String prefix) {
        return new Problem(prefix + "." + field, code, message);
    }
}
