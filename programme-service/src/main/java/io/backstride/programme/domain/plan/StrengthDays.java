package io.backstride.programme.domain.plan;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Picks strength days: non-run days where there are enough, spread as evenly as the week allows, and
 * preferring days that are not straight before a run so the runner sets off fresh.
 */
final class StrengthDays {

    private StrengthDays() {
    }

    static List<DayOfWeek> choose(Set<DayOfWeek> runDays, int count) {
        var free = EnumSet.complementOf(EnumSet.copyOf(runDays));
        var pool = new ArrayList<>(free);
        if (pool.size() < count) {
            runDays.stream().sorted().forEach(pool::add);
        }
        var mustUse = Math.min(count, pool.size());
        return combinations(pool, mustUse).stream()
                .min(Comparator.comparingInt((List<DayOfWeek> days) -> -sharedRestDays(days, free))
                        .thenComparingInt(days -> -smallestGap(days))
                        .thenComparingInt(days -> beforeARun(days, runDays))
                        .thenComparing(days -> days.stream().map(day -> String.valueOf(day.getValue())).reduce("", String::concat)))
                .map(days -> days.stream().sorted().toList())
                .orElse(List.of());
    }

    private static int sharedRestDays(List<DayOfWeek> days, Set<DayOfWeek> free) {
        return (int) days.stream().filter(free::contains).count();
    }

    private static int smallestGap(List<DayOfWeek> days) {
        if (days.size() < 2) {
            return 7;
        }
        var sorted = days.stream().map(DayOfWeek::getValue).sorted().toList();
        var smallest = 7 - sorted.getLast() + sorted.getFirst();
        for (var i = 1; i < sorted.size(); i++) {
            smallest = Math.min(smallest, sorted.get(i) - sorted.get(i - 1));
        }
        return smallest;
    }

    private static int beforeARun(List<DayOfWeek> days, Set<DayOfWeek> runDays) {
        return (int) days.stream().filter(day -> runDays.contains(day.plus(1))).count();
    }

    private static List<List<DayOfWeek>> combinations(List<DayOfWeek> pool, int size) {
        var result = new ArrayList<List<DayOfWeek>>();
        collect(pool, size, 0, new ArrayList<>(), result);
        return result;
    }

    private static void collect(List<DayOfWeek> pool, int size, int from, List<DayOfWeek> current,
                                List<List<DayOfWeek>> result) {
        if (current.size() == size) {
            result.add(List.copyOf(current));
            return;
        }
        for (var i = from; i < pool.size(); i++) {
            current.add(pool.get(i));
            collect(pool, size, i + 1, current, result);
            current.removeLast();
        }
    }
}
