package io.backstride.assessment.domain.profile;

import static io.backstride.assessment.domain.CleanRunner.RUNNING_PATTERN;
import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.assessment.domain.AnswerSet;
import io.backstride.assessment.domain.CleanRunner;
import io.backstride.assessment.domain.ShippedInstruments;
import io.backstride.assessment.domain.instrument.Factor;
import io.backstride.assessment.domain.instrument.ProgrammeEmphasis;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FactorProfilingTest {

    @Test
    void startsBalancedOnMobilityAndStrengthWhenNoFactorStandsOut() {
        var profile = profileOf(CleanRunner.initialAssessment());
        assertThat(profile.balanced()).isTrue();
        assertThat(profile.emphases()).extracting(Emphasis::emphasis)
                .containsExactly(ProgrammeEmphasis.MOBILITY_AND_AWARENESS, ProgrammeEmphasis.STRENGTH_WORK);
        assertThat(profile.summary()).contains("Nothing stands out");
    }

    @Test
    void littleStrengthWorkAndAHipDropPickMoreStrengthWork() {
        var profile = profileOf(CleanRunner.initialAssessment()
                .choice(RUNNING_PATTERN, "strengthTraining", "NEVER").yes(RUNNING_PATTERN, "hipDropsOnStep"));
        assertThat(profile.findings()).extracting(FactorFinding::factor).containsExactly(Factor.STRENGTH);
        assertThat(profile.primaryEmphasis()).isEqualTo(ProgrammeEmphasis.STRENGTH_WORK);
        assertThat(profile.emphases().getFirst().ruleIds()).containsExactly("RP-STRENGTH-TRAINING", "RP-STRENGTH-HIP-DROP");
    }

    @Test
    void losingFormOnlyWhenTiredPicksFatigueAwareScheduling() {
        var profile = profileOf(CleanRunner.initialAssessment().choice(RUNNING_PATTERN, "formWhenTired", "LOSING_FORM"));
        assertThat(profile.primaryEmphasis()).isEqualTo(ProgrammeEmphasis.FATIGUE_AWARE_SCHEDULING);
    }

    @Test
    void strugglingWithFormEvenWhenFreshPointsAtTechniqueNotFatigue() {
        var profile = profileOf(CleanRunner.initialAssessment()
                .choice(RUNNING_PATTERN, "formWhenFresh", "ALREADY_A_STRUGGLE")
                .choice(RUNNING_PATTERN, "formWhenTired", "LOSING_FORM"));
        assertThat(profile.findings()).extracting(FactorFinding::factor).containsExactly(Factor.TECHNIQUE);
        assertThat(profile.primaryEmphasis()).isEqualTo(ProgrammeEmphasis.TECHNIQUE_CUES);
    }

    @Test
    void leaningForwardWhileBentAtTheHipsPicksTechniqueCues() {
        var profile = profileOf(CleanRunner.initialAssessment()
                .choice(RUNNING_PATTERN, "techniqueFocus", "LEAN_FORWARD").yes(RUNNING_PATTERN, "hipsStayBent"));
        assertThat(profile.primaryEmphasis()).isEqualTo(ProgrammeEmphasis.TECHNIQUE_CUES);
    }

    @Test
    void holdingOnePositionOutOfHabitPicksMobilityAndAwareness() {
        var profile = profileOf(CleanRunner.initialAssessment().yes(RUNNING_PATTERN, "holdsOnePosition"));
        assertThat(profile.findings()).extracting(FactorFinding::factor).containsExactly(Factor.HABIT);
        assertThat(profile.primaryEmphasis()).isEqualTo(ProgrammeEmphasis.MOBILITY_AND_AWARENESS);
    }

    @Test
    void theFactorWithMoreReasonsComesFirst() {
        var profile = profileOf(CleanRunner.initialAssessment()
                .choice(RUNNING_PATTERN, "techniqueFocus", "RUN_TALL")
                .choice(RUNNING_PATTERN, "formWhenTired", "LOSING_FORM")
                .choice(RUNNING_PATTERN, "onsetTiming", "TOWARDS_THE_END"));
        assertThat(profile.findings()).extracting(FactorFinding::factor).containsExactly(Factor.FATIGUE, Factor.TECHNIQUE);
        assertThat(profile.emphases()).extracting(Emphasis::emphasis)
                .containsExactly(ProgrammeEmphasis.FATIGUE_AWARE_SCHEDULING, ProgrammeEmphasis.TECHNIQUE_CUES);
    }

    @Test
    void explainsEveryFindingAndEveryEmphasisInPlainWords() {
        var profile = profileOf(CleanRunner.initialAssessment().choice(RUNNING_PATTERN, "strengthTraining", "NOW_AND_THEN"));
        assertThat(profile.summary()).isNotBlank();
        assertThat(profile.findings()).allSatisfy(finding -> assertThat(finding.reasons())
                .allSatisfy(reason -> assertThat(reason.reason()).isNotBlank()));
        assertThat(profile.emphases()).allSatisfy(emphasis -> assertThat(emphasis.explanation()).isNotBlank());
    }

    @Test
    void explainsTheProfileInTheRunnersLocale() {
        var answers = CleanRunner.initialAssessment();
        var us = ShippedInstruments.evaluated(ShippedInstruments.assess(answers, Locale.US)).profile().orElseThrow();
        assertThat(us.summary()).contains("program ").doesNotContain("programme");
    }

    private static FactorProfile profileOf(AnswerSet answers) {
        return ShippedInstruments.assessed(answers).profile().orElseThrow();
    }
}
