package io.backstride.programme.domain.programme;

import io.backstride.programme.domain.library.Purpose;
import io.backstride.programme.domain.log.ExerciseSessionLog;
import io.backstride.programme.domain.log.Log;
import io.backstride.programme.domain.log.RunLog;
import io.backstride.programme.domain.log.WeeklyLogBucket;
import io.backstride.programme.domain.plan.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/** Adherence and the pain chart, computed from the plan and the weekly buckets. */
final class WeeklyProgress {

    private WeeklyProgress() {
    }

    static Adherence adherence(Programme programme, LocalDate today) {
        var plan = programme.plan();
        var current = Math.min(plan.weekOf(today), plan.weeks());
        var weeks = new ArrayList<WeekAdherence>();
        for (var week = 1; week <= current; week++) {
            var sessions = plan.sessionsOfWeek(week);
            var logs = logsOf(programme, week);
            var runDates = dates(programme, logs.stream().filter(RunLog.class::isInstance).toList());
            var strengthDates = dates(programme, logs.stream()
                    .filter(log -> log instanceof ExerciseSessionLog session && isStrengthWork(programme, session))
                    .toList());
            var plannedRuns = (int) sessions.stream().filter(Session::run).count();
            var plannedStrength = (int) sessions.stream().filter(Session::strength).count();
            weeks.add(new WeekAdherence(week, plan.weekStart(week), plannedRuns, Math.min(plannedRuns, runDates.size()),
                    plannedStrength, Math.min(plannedStrength, strengthDates.size())));
        }
        return new Adherence(weeks, streak(weeks, plan.weekOf(today)));
    }

    /** Kept weeks in a row, counting back from the last finished week; the current week adds once it is kept. */
    private static int streak(List<WeekAdherence> weeks, int currentWeek) {
        var streak = 0;
        for (var i = weeks.size() - 1; i >= 0; i--) {
            var week = weeks.get(i);
            if (week.kept()) {
                streak++;
            } else if (week.week() < currentWeek) {
                break;
            }
        }
        return streak;
    }

    static List<WeeklyPain> painSeries(Programme programme, LocalDate today) {
        var plan = programme.plan();
        var series = new ArrayList<WeeklyPain>();
        for (var week = 1; week <= Math.min(plan.weekOf(today), plan.weeks()); week++) {
            var logs = logsOf(programme, week);
            var during = logs.stream().mapToInt(Log::painDuring).toArray();
            OptionalDouble nextMorning = logs.stream().filter(RunLog.class::isInstance).map(RunLog.class::cast)
                    .filter(run -> run.nextMorningPain() != null).mapToInt(RunLog::nextMorningPain).average();
            series.add(new WeeklyPain(week, plan.weekStart(week), logs.size(),
                    Arrays.stream(during).average(),
                    during.length == 0 ? OptionalInt.empty() : Arrays.stream(during).max(), nextMorning));
        }
        return series;
    }

    private static List<Log> logsOf(Programme programme, int week) {
        return programme.bucketOf(week).map(WeeklyLogBucket::logs).orElse(List.of());
    }

    private static boolean isStrengthWork(Programme programme, ExerciseSessionLog session) {
        var exercise = programme.plan().exercises().get(session.exerciseId());
        return exercise != null && (exercise.purpose() == Purpose.STRENGTH || exercise.purpose() == Purpose.STEP);
    }

    private static Set<LocalDate> dates(Programme programme, List<? extends Log> logs) {
        return logs.stream().map(log -> LocalDate.ofInstant(log.performedAt(), programme.plan().zone()))
                .collect(Collectors.toSet());
    }
}
