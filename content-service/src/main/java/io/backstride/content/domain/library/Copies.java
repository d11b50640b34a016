package io.backstride.content.domain.library;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Immutable copies that keep null elements, so that validation can point at them. */
final class Copies {

    private Copies() {
    }

    static <T> List<T> of(List<T> items) {
        return items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
