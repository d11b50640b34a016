package io.backstride.programme.domain.plan;

import io.backstride.programme.domain.library.Occasion;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a plan's days hold, chosen once from the library and the runner's profile: the routine around every run,
 * the strength session, and how many strength sessions a week. {@link PlanGenerator#layOut} puts them on the
 * runner's days; a change of running days lays the same routines on the new days.
 *
 * @param technique    the technique drill: before every run when its reason is the technique emphasis, otherwise
 *                     before the first run of the week
 * @param afterLastRun the step exercise after the last run of the week (fatigue), if any
 * @param strength     a strength session's elements, the step exercise included
 */
record Routines(List<PlannedElement> preRun, Optional<PlannedElement> technique, List<PlannedElement> postRun,
                Optional<PlannedElement> afterLastRun, List<PlannedElement> strength, int strengthDaysPerWeek) {

    Routines {
        preRun = List.copyOf(preRun);
        postRun = List.copyOf(postRun);
        strength = List.copyOf(strength);
    }

    boolean techniqueBeforeEveryRun() {
        return technique.filter(drill -> drill.reason() == Reason.TECHNIQUE_EMPHASIS).isPresent();
    }

    /** The routines a laid-out week holds (each element says what it is there for). */
    static Routines readFrom(List<DayPlan> week) {
        var runDay = week.stream().filter(DayPlan::run).findFirst().map(DayPlan::elements).orElse(List.of());
        var strengthDay = week.stream().filter(DayPlan::strength).findFirst().map(DayPlan::elements).orElse(List.of());
        var all = week.stream().flatMap(day -> day.elements().stream()).toList();
        return new Routines(
                filter(runDay, element -> element.reason() == Reason.PRE_RUN_MOBILITY),
                all.stream().filter(element -> element.reason() == Reason.TECHNIQUE_EMPHASIS
                        || element.reason() == Reason.TECHNIQUE_DRILL).findFirst(),
                filter(runDay, element -> element.reason() == Reason.POST_RUN_MOBILITY),
                all.stream().filter(element -> element.reason() == Reason.FATIGUE_PELVIC_CONTROL_AFTER_RUN).findFirst(),
                filter(strengthDay, element -> element.occasion() == Occasion.STRENGTH_DAY),
                (int) week.stream().filter(DayPlan::strength).count());
    }

    private static List<PlannedElement> filter(List<PlannedElement> elements, Predicate<PlannedElement> predicate) {
        return elements.stream().filter(predicate).toList();
    }
}
