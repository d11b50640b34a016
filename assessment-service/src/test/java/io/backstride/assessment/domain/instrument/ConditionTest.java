package io.backstride.assessment.domain.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionTest {

    private static final Answers ANSWERS = Answers.of(Map.of(
            "runs", Answer.yes(), "feel", Answer.text("GOOD"), "pain", Answer.number(5)));

    @Test
    void comparesYesNoAnswersWithYesOrNo() {
        assertThat(Condition.isYes("runs").holdsFor(ANSWERS)).isTrue();
        assertThat(Condition.is("runs", Condition.NO).holdsFor(ANSWERS)).isFalse();
    }

    @Test
    void comparesChoicesWithOptionValues() {
        assertThat(Condition.is("feel", "GOOD").holdsFor(ANSWERS)).isTrue();
        assertThat(Condition.isOneOf("feel", "BAD", "GOOD").holdsFor(ANSWERS)).isTrue();
        assertThat(Condition.isOneOf("feel", "BAD").holdsFor(ANSWERS)).isFalse();
    }

    @Test
    void aboveAndBelowAreStrict() {
        assertThat(Condition.isAbove("pain", 5).holdsFor(ANSWERS)).isFalse();
        assertThat(Condition.isAbove("pain", 4).holdsFor(ANSWERS)).isTrue();
        assertThat(Condition.isBelow("pain", 5).holdsFor(ANSWERS)).isFalse();
        assertThat(Condition.isBelow("pain", 6).holdsFor(ANSWERS)).isTrue();
    }

    @Test
    void aConditionOnAnUnansweredItemNeverHolds() {
        assertThat(Condition.isYes("missing").holdsFor(ANSWERS)).isFalse();
        assertThat(Condition.is("missing", Condition.NO).holdsFor(ANSWERS)).isFalse();
        assertThat(Condition.isAbove("missing", -1).holdsFor(ANSWERS)).isFalse();
        assertThat(Condition.isAnswered("missing").holdsFor(ANSWERS)).isFalse();
    }

    @Test
    void combinesConditionsWithAnyOfAndAllOf() {
        assertThat(Condition.whenAny(Condition.isYes("missing"), Condition.isYes("runs")).holdsFor(ANSWERS)).isTrue();
        assertThat(Condition.whenAll(Condition.isYes("missing"), Condition.isYes("runs")).holdsFor(ANSWERS)).isFalse();
        assertThat(Condition.whenAll(Condition.is("feel", "GOOD"), Condition.isYes("runs")).holdsFor(ANSWERS)).isTrue();
    }

    @Test
    void namesEveryItemItLooksAt() {
        var condition = Condition.whenAny(Condition.isYes("a"), Condition.whenAll(Condition.isYes("b"), Condition.isAbove("c", 1)));
        assertThat(condition.itemIds()).containsExactly("a", "b", "c");
    }
}
