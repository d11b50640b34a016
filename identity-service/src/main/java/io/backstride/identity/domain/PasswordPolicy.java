package io.backstride.identity.domain;

import java.util.Optional;

/** Length is what makes a password strong enough; no composition rules (NIST SP 800-63B). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** @return why the password is refused, or empty when it is acceptable */
    public static Optional<String> check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("must have at most " + MAX_LENGTH + " characters");
        }
        if (password.isBlank()) {
            return Optional.of("must not be blank");
        }
        return Optional.empty();
    }
}
