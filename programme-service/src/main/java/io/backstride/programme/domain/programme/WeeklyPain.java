package io.backstride.programme.domain.programme;

import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** One point of the pain chart: a programme week's pain during activity and the next morning. */
public record WeeklyPain(int week, LocalDate weekStart, int logs, OptionalDouble averagePainDuring,
                         OptionalInt maxPainDuring, OptionalDouble averageNextMorningPain) {
}
