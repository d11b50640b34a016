package io.backstride.programme.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.programme.domain.Fixtures;
import io.backstride.programme.domain.assessment.Factor;
import io.backstride.programme.domain.assessment.Outcome;
import io.backstride.programme.domain.library.Level;
import io.backstride.programme.domain.plan.ProgrammePlan;
import io.backstride.programme.domain.programme.ProgrammeState;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The programme document stores the domain's state as JSON: it must come back exactly, decisions included. */
class ProgrammeStateSnapshotTest {

    @Test
    void aStateStoredBeforePlannedRunsExistedReadsAsHavingNone() {
        var programme = Fixtures.programme(Outcome.PROCEED);
        var json = (tools.jackson.databind.node.ObjectNode) JsonMapper.shared().valueToTree(programme.state());
        json.remove("plannedRuns");

        assertThat(JsonMapper.shared().treeToValue(json, ProgrammeState.class).plannedRuns()).isEmpty();
    }

    @Test
    void aProgrammesStateWithDecisionsComesBackExactlyFromItsJsonSnapshot() {
        var programme = Fixtures.programme(Outcome.PROCEED, Factor.STRENGTH, Factor.TECHNIQUE);
        var slot = programme.plan().scheduledExerciseIds().getFirst();
        programme.record(Fixtures.session("s1", 1, slot, Level.BASE, 2, 1), Fixtures.CLOCK);
        programme.record(Fixtures.session("s2", 3, slot, Level.BASE, 2, 1), Fixtures.CLOCK);
        programme.record(Fixtures.run("r1", 1, 5000, 2), Fixtures.CLOCK);
        programme.record(Fixtures.run("r2", 5, 8000, 2), Fixtures.CLOCK);
        assertThat(programme.state().history()).hasSize(2);
        var daySix = java.time.Clock.fixed(Fixtures.day(6), Fixtures.LONDON);
        programme.checkPlannedRun("plan-1", Fixtures.START.plusDays(8), 9000, daySix);
        programme.checkPlannedRun("plan-2", Fixtures.START.plusDays(9), 5000, daySix);
        assertThat(programme.state().plannedRuns()).extracting(planned -> planned.flagged()).containsExactly(true, false);

        var json = JsonMapper.shared().writeValueAsString(programme.state());

        assertThat(JsonMapper.shared().readValue(json, ProgrammeState.class)).isEqualTo(programme.state());
        assertThat(json.length()).isLessThan(20_000);
    }

    @Test
    void aStateStoredBeforeReschedulesExistedReadsAsHavingNone() {
        var programme = Fixtures.programme(Outcome.PROCEED);
        var json = (tools.jackson.databind.node.ObjectNode) JsonMapper.shared().valueToTree(programme.state());
        ((tools.jackson.databind.node.ObjectNode) json.get("plan")).remove("reschedules");

        var read = JsonMapper.shared().treeToValue(json, ProgrammeState.class);

        assertThat(read.plan().reschedules()).isEmpty();
        assertThat(read).isEqualTo(programme.state());
    }

    @Test
    void aRescheduledProgrammesStateComesBackExactlyAndStaysBounded() {
        var programme = Fixtures.programme(Outcome.PROCEED, Factor.STRENGTH, Factor.FATIGUE, Factor.TECHNIQUE);
        for (var day = 1; day <= ProgrammePlan.MAX_RESCHEDULES; day++) {
            var days = day % 2 == 0 ? Fixtures.RUN_DAYS : EnumSet.complementOf(EnumSet.of(DayOfWeek.MONDAY));
            programme.reschedule(days, Clock.fixed(Fixtures.day(day), Fixtures.LONDON));
        }
        assertThat(programme.plan().reschedules()).hasSize(ProgrammePlan.MAX_RESCHEDULES);

        var json = JsonMapper.shared().writeValueAsString(programme.state());

        assertThat(JsonMapper.shared().readValue(json, ProgrammeState.class)).isEqualTo(programme.state());
        assertThat(json.length()).isLessThan(150_000);
    }
}
