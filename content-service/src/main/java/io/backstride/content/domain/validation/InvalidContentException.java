package io.backstride.content.domain.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Content was refused; carries every violation found, not just the first. */
public class InvalidContentException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidContentException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ", "invalid content: ", "")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
