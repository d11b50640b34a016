package io.backstride.programme.domain.programme;

import static io.backstride.programme.domain.Fixtures.CLOCK;
import static io.backstride.programme.domain.Fixtures.programme;
import static io.backstride.programme.domain.Fixtures.run;
import static io.backstride.programme.domain.Fixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.programme.domain.assessment.Outcome;
import io.backstride.programme.domain.event.DecisionWithdrawn;
import io.backstride.programme.domain.event.EscalationRaised;
import io.backstride.programme.domain.event.ProgressionApplied;
import io.backstride.programme.domain.event.RegressionApplied;
import io.backstride.programme.domain.event.RuleDecisionEvent;
import io.backstride.programme.domain.event.RunSpikeFlagged;
import io.backstride.programme.domain.library.Level;
import io.backstride.programme.domain.log.Log;
import io.backstride.programme.domain.rules.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Late and out-of-order logs: what was logged decides, not the order it arrived in. */
class OutOfOrderTest {

    /** A week and a half with a progression, a regression, a run spike and an eased running load. */
    private static final List<Log> LOGS = List.of(
            run("r1", 1, 8_000, 1, 1),
            session("s1", 2, "dead-bug", Level.BASE, 3, 1),
            session("s2", 4, "dead-bug", Level.BASE, 4, 2),
            session("s3", 4, "clam-to-side-leg-raise", Level.BASE, 9, 2),
            run("r2", 5, 9_000, 2, 4),
            session("s4", 9, "dead-bug", Level.HARDER, 3, 1),
            run("r3", 10, 8_000, 1));

    /** What one arrival order ends with. */
    private record Ending(Map<String, Position> positions, Level running, List<RuleDecisionEvent> history,
                          Set<String> published) {
    }

    private static Ending arriveInOrder(List<Log> arrival) {
        var programme = programme(Outcome.PROCEED);
        programme.pullEvents();
        arrival.forEach(log -> programme.record(log, CLOCK));
        var published = new LinkedHashSet<String>();
        for (var event : programme.pullEvents()) {
            switch (event) {
                case RuleDecisionEvent decision -> published.add(decision.decisionId());
                case DecisionWithdrawn withdrawn -> published.remove(withdrawn.decisionId());
                default -> {
                }
            }
        }
        return new Ending(programme.positions(), programme.runningLoad(), programme.history(), published);
    }

    private static void permutations(List<Log> prefix, List<Log> rest, List<List<Log>> into) {
        if (rest.isEmpty()) {
            into.add(List.copyOf(prefix));
            return;
        }
        for (var i = 0; i < rest.size(); i++) {
            var nextPrefix = new ArrayList<>(prefix);
            nextPrefix.add(rest.get(i));
            var nextRest = new ArrayList<>(rest);
            nextRest.remove(i);
            permutations(nextPrefix, nextRest, into);
        }
    }

    @Test
    void theSameLogsInAnyOfTheir5040OrdersEndWithTheSameLevelsAndEvents() {
        var inTimeOrder = arriveInOrder(LOGS);
        assertThat(inTimeOrder.history()).hasAtLeastOneElementOfType(ProgressionApplied.class)
                .hasAtLeastOneElementOfType(RegressionApplied.class).hasAtLeastOneElementOfType(RunSpikeFlagged.class);
        assertThat(inTimeOrder.positions().get("dead-bug").level()).isEqualTo(Level.HARDER);
        assertThat(inTimeOrder.running()).isEqualTo(Level.EASIER);

        var orders = new ArrayList<List<Log>>();
        permutations(List.of(), LOGS, orders);

        assertThat(orders).hasSize(5040).allSatisfy(order -> {
            var outcome = arriveInOrder(order);
            assertThat(outcome.positions()).isEqualTo(inTimeOrder.positions());
            assertThat(outcome.running()).isEqualTo(inTimeOrder.running());
            assertThat(outcome.history()).isEqualTo(inTimeOrder.history());
            assertThat(outcome.published()).as("published minus withdrawn is what is in force")
                    .isEqualTo(inTimeOrder.history().stream().map(RuleDecisionEvent::decisionId).collect(Collectors.toSet()));
        });
    }

    @Test
    void randomLogSetsGiveTheSameOutcomeInRandomOrders() {
        var random = new Random(20250303L);
        for (var set = 0; set < 40; set++) {
            var logs = new ArrayList<Log>();
            for (var i = 0; i < 10; i++) {
                var day = random.nextInt(20);
                var pain = 1 + random.nextInt(2); // no escalation can fire, whatever the order
                logs.add(random.nextBoolean()
                        ? session("s" + i, day, random.nextBoolean() ? "dead-bug" : "clam-to-side-leg-raise",
                                Level.values()[random.nextInt(3)], random.nextInt(11), pain)
                        : run("r" + i, day, 4_000 + random.nextInt(6_000), pain, random.nextInt(6)));
            }
            var expected = arriveInOrder(logs);
            for (var shuffle = 0; shuffle < 20; shuffle++) {
                var order = new ArrayList<>(logs);
                Collections.shuffle(order, random);
                var outcome = arriveInOrder(order);
                assertThat(outcome.positions()).isEqualTo(expected.positions());
                assertThat(outcome.running()).isEqualTo(expected.running());
                assertThat(outcome.history()).isEqualTo(expected.history());
                assertThat(outcome.published()).isEqualTo(
                        expected.history().stream().map(RuleDecisionEvent::decisionId).collect(Collectors.toSet()));
            }
        }
    }

    @Test
    void aLateHardSessionWithdrawsAProgressionItUndoes() {
        var programme = programme(Outcome.PROCEED);
        programme.record(session("s1", 1, "dead-bug", Level.BASE, 3, 1), CLOCK);
        programme.record(session("s3", 5, "dead-bug", Level.BASE, 3, 1), CLOCK);
        var progression = (ProgressionApplied) programme.history().getFirst();
        programme.pullEvents();

        var late = programme.record(session("s2", 3, "dead-bug", Level.BASE, 9, 2), CLOCK);

        assertThat(late).isInstanceOfSatisfying(RecordResult.Recorded.class, recorded -> {
            assertThat(recorded.events()).filteredOn(DecisionWithdrawn.class::isInstance).singleElement()
                    .isInstanceOfSatisfying(DecisionWithdrawn.class, withdrawn -> {
                        assertThat(withdrawn.decisionId()).isEqualTo(progression.decisionId());
                        assertThat(withdrawn.becauseOfLogId()).isEqualTo("s2");
                    });
            assertThat(recorded.events()).filteredOn(RegressionApplied.class::isInstance).hasSize(1);
        });
        assertThat(programme.levelOf("dead-bug")).isEqualTo(Level.EASIER);
    }

    @Test
    void threeBadLogsSuspendTheProgrammeInEveryArrivalOrder() {
        var logs = List.<Log>of(session("g1", 1, "dead-bug", Level.BASE, 3, 1), run("b1", 3, 5_000, 7),
                run("b2", 5, 5_000, 6), session("b3", 6, "dead-bug", Level.BASE, 5, 8));
        var orders = new ArrayList<List<Log>>();
        permutations(List.of(), logs, orders);

        assertThat(orders).allSatisfy(order -> {
            var programme = programme(Outcome.PROCEED);
            order.forEach(log -> programme.record(log, CLOCK));
            assertThat(programme.status()).isEqualTo(ProgrammeStatus.SUSPENDED);
            assertThat(programme.history()).filteredOn(EscalationRaised.class::isInstance).singleElement()
                    .satisfies(escalation -> assertThat(escalation.rule().id()).isEqualTo("ES-1"));
        });
    }
}
