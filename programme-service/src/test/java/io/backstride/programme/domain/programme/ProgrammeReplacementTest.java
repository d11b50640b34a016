package io.backstride.programme.domain.programme;

import static io.backstride.programme.domain.Fixtures.ASSESSED_AT;
import static io.backstride.programme.domain.Fixtures.CLOCK;
import static io.backstride.programme.domain.Fixtures.programme;
import static io.backstride.programme.domain.Fixtures.request;
import static io.backstride.programme.domain.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstride.programme.domain.assessment.CompletedAssessment;
import io.backstride.programme.domain.assessment.Factor;
import io.backstride.programme.domain.assessment.FactorProfile;
import io.backstride.programme.domain.assessment.Outcome;
import io.backstride.programme.domain.event.ProgrammeCreated;
import io.backstride.programme.domain.event.ProgrammeSuperseded;
import io.backstride.programme.domain.plan.ProgrammeRefused;
import io.backstride.programme.domain.plan.RefusalReason;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgrammeReplacementTest {

    private static CompletedAssessment assessment(String id, Outcome outcome, Duration after) {
        return new CompletedAssessment(id, "runner-1", outcome, FactorProfile.of(Factor.STRENGTH), ASSESSED_AT.plus(after));
    }

    @Test
    void aNewAssessmentReplacesThePlanAndKeepsTheOldOneAsHistory() {
        var old = programme(Outcome.PROCEED);
        old.pullEvents();

        var replacement = Programme.plan("programme-2", request(assessment("assessment-2", Outcome.PROCEED, Duration.ofDays(30))),
                Optional.of(old), ASSESSED_AT.plus(Duration.ofDays(30)));

        assertThat(replacement.supersedes()).hasValue("programme-1");
        assertThat(replacement.pullEvents()).singleElement().isInstanceOfSatisfying(ProgrammeCreated.class,
                created -> assertThat(created.supersededProgrammeId()).hasValue("programme-1"));
        assertThat(old.status()).isEqualTo(ProgrammeStatus.SUPERSEDED);
        assertThat(old.supersededBy()).hasValue("programme-2");
        assertThat(old.pullEvents()).singleElement().isInstanceOf(ProgrammeSuperseded.class);
    }

    @Test
    void aSupersededProgrammeNoLongerEvaluatesLogs() {
        var old = programme(Outcome.PROCEED);
        Programme.plan("programme-2", request(assessment("assessment-2", Outcome.PROCEED, Duration.ofDays(1))),
                Optional.of(old), ASSESSED_AT);
        old.pullEvents();

        old.record(run("r1", 1, 5_000, 8), CLOCK);

        assertThat(old.pullEvents()).isEmpty();
    }

    @Test
    void anOlderAssessmentArrivingLateDoesNotReplaceANewerPlan() {
        var current = programme(Outcome.PROCEED);

        assertThatThrownBy(() -> Programme.plan("programme-2",
                request(assessment("assessment-0", Outcome.PROCEED, Duration.ofDays(-3))), Optional.of(current), ASSESSED_AT))
                .isInstanceOfSatisfying(ProgrammeRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.OLDER_THAN_CURRENT_ASSESSMENT));
        assertThat(current.status()).isEqualTo(ProgrammeStatus.ACTIVE);
    }

    @Test
    void theSameAssessmentDeliveredTwicePlansOnce() {
        var current = programme(Outcome.PROCEED);

        assertThatThrownBy(() -> Programme.plan("programme-2", request(assessment("assessment-1", Outcome.PROCEED, Duration.ZERO)),
                Optional.of(current), ASSESSED_AT))
                .isInstanceOfSatisfying(ProgrammeRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.ALREADY_PLANNED));
    }

    @Test
    void aReferAtReassessmentLeavesTheCurrentProgrammeAlone() {
        var current = programme(Outcome.PROCEED);

        assertThatThrownBy(() -> Programme.plan("programme-2", request(assessment("assessment-2", Outcome.REFER, Duration.ofDays(7))),
                Optional.of(current), ASSESSED_AT))
                .isInstanceOfSatisfying(ProgrammeRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.OUTCOME_DOES_NOT_ALLOW_PROGRAMME));
        assertThat(current.status()).isEqualTo(ProgrammeStatus.ACTIVE);
    }

    @Test
    void aStoredProgrammeRestoresToTheSameState() {
        var programme = programme(Outcome.PROCEED);
        programme.record(run("r1", 1, 5_000, 7), CLOCK);

        var restored = Programme.restore(programme.state(), programme.buckets());

        assertThat(restored.state()).isEqualTo(programme.state());
        assertThat(restored.logs()).isEqualTo(programme.logs());
    }
}
