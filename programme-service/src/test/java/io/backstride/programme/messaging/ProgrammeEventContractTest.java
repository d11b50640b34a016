package io.backstride.programme.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.platform.events.OutboxEvent;
import io.backstride.platform.events.OutboxEvents;
import io.backstride.platform.test.EventSchemas;
import io.backstride.programme.domain.Fixtures;
import io.backstride.programme.domain.assessment.CheckIn;
import io.backstride.programme.domain.assessment.CompletedAssessment;
import io.backstride.programme.domain.assessment.Factor;
import io.backstride.programme.domain.assessment.FactorProfile;
import io.backstride.programme.domain.assessment.Outcome;
import io.backstride.programme.domain.event.ProgrammeEvent;
import io.backstride.programme.domain.library.Level;
import io.backstride.programme.domain.programme.Programme;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Producer contract: what this service puts in its outbox conforms to the schemas it publishes. */
class ProgrammeEventContractTest {

    private final ProgrammeOutbox outbox = new ProgrammeOutbox(
            new OutboxEvents("/backstride/programme-service", JsonMapper.shared(), Clock.systemUTC()));

    @Test
    void everySchemaExampleConformsToItsSchema() {
        ProgrammeEventsV1.TYPES.forEach(type ->
                assertThat(EventSchemas.violations(type, EventSchemas.example(type))).as(type).isEmpty());
    }

    @Test
    void everyEventAProgrammeCausesConformsToItsSchemaAndIsKeyedByRunner() {
        var events = new ArrayList<ProgrammeEvent>();
        var programme = Fixtures.programme(Outcome.PROCEED, Factor.STRENGTH, Factor.TECHNIQUE);
        events.addAll(programme.pullEvents());
        var slot = programme.plan().scheduledExerciseIds().getFirst();
        record(programme, Fixtures.session("s1", 1, slot, Level.BASE, 2, 1), events);
        record(programme, Fixtures.session("s2", 3, slot, Level.BASE, 2, 1), events);
        record(programme, Fixtures.run("r1", 1, 5000, 2), events);
        var dayTwo = Clock.fixed(Fixtures.day(2), Fixtures.LONDON);
        programme.checkPlannedRun("plan-1", Fixtures.START.plusDays(4), 8000, dayTwo);
        programme.checkPlannedRun("plan-1", Fixtures.START.plusDays(4), 9000, dayTwo);
        programme.reschedule(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), dayTwo);
        events.addAll(programme.pullEvents());
        record(programme, Fixtures.run("r2", 5, 8000, 7), events);
        record(programme, Fixtures.session("s0", 2, slot, Level.BASE, 9, 1), events);
        record(programme, Fixtures.run("r3", 6, 3000, 7), events);
        record(programme, Fixtures.run("r4", 7, 3000, 7), events);
        var replacement = Programme.plan("programme-2", Fixtures.request(new CompletedAssessment("assessment-2",
                "runner-1", Outcome.PROCEED_WITH_CAUTION, FactorProfile.balanced(), Fixtures.ASSESSED_AT.plusSeconds(60))),
                Optional.of(programme), Fixtures.ASSESSED_AT.plusSeconds(60));
        events.addAll(programme.pullEvents());
        events.addAll(replacement.pullEvents());
        replacement.recordCheckIn(new CheckIn("check-in-1", Fixtures.day(8), Outcome.REFER, List.of("CI-LEG-SYMPTOMS")),
                Fixtures.day(8));
        events.addAll(replacement.pullEvents());
        var completing = Fixtures.programme(Outcome.PROCEED);
        completing.pullEvents();
        completing.completeIfOver(Fixtures.CLOCK.instant());
        events.addAll(completing.pullEvents());

        var entries = outbox.entriesFor("runner-1", "london-marathon", null, events);

        assertThat(entries).extracting(OutboxEvent::type).contains(ProgrammeEventsV1.PROGRAMME_CREATED,
                ProgrammeEventsV1.PROGRAMME_RESCHEDULED,
                ProgrammeEventsV1.PROGRESSION_APPLIED, ProgrammeEventsV1.REGRESSION_APPLIED,
                ProgrammeEventsV1.RUN_SPIKE_FLAGGED, ProgrammeEventsV1.ESCALATION_RAISED,
                ProgrammeEventsV1.PROGRAMME_SUSPENDED, ProgrammeEventsV1.PROGRAMME_SUPERSEDED,
                ProgrammeEventsV1.PROGRAMME_COMPLETED);
        assertThat(entries).filteredOn(entry -> entry.type().equals(ProgrammeEventsV1.RUN_SPIKE_FLAGGED))
                .extracting(entry -> JsonMapper.shared().readTree(entry.payload()).get("planned").asBoolean())
                .as("a logged and a planned spike").contains(false, true);
        assertThat(entries).extracting(OutboxEvent::type).as("a changed planned run withdraws its flag")
                .contains(ProgrammeEventsV1.DECISION_WITHDRAWN);
        entries.forEach(entry -> {
            assertThat(EventSchemas.violations(entry.type(), entry.payload())).as(entry.type() + " " + entry.payload())
                    .isEmpty();
            assertThat(entry.key()).isEqualTo("runner-1");
            assertThat(entry.topic()).isEqualTo(ProgrammeTopics.PROGRAMMES);
        });
        assertThat(entries).extracting(OutboxEvent::id).doesNotHaveDuplicates();
    }

    private static void record(Programme programme, io.backstride.programme.domain.log.Log log,
                               List<ProgrammeEvent> events) {
        programme.record(log, Fixtures.CLOCK);
        events.addAll(programme.pullEvents());
    }
}
