package io.backstride.programme.domain.programme;

import java.util.List;

/** Adherence week by week, and the streak of kept weeks up to now. */
public record Adherence(List<WeekAdherence> weeks, int streak) {

    public Adherence {
        weeks = List.copyOf(weeks);
    }
}
