package io.backstride.programme.domain.library;

import java.util.Optional;

/** The three levels of every exercise, easiest first. */
public enum Level {
    EASIER,
    BASE,
    HARDER;

    public Optional<Level> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public Optional<Level> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }
}
