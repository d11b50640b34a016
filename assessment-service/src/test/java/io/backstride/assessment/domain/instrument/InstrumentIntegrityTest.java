package io.backstride.assessment.domain.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstrumentIntegrityTest {

    private static final Instrument SMALL = SmallInstrument.instrument();

    @Test
    void acceptsAWholeInstrument() {
        assertThat(InstrumentIntegrity.problemsOf(SMALL)).isEmpty();
    }

    @Test
    void reportsAMissingVersion() {
        var unversioned = new Instrument(SMALL.id(), " ", SMALL.titleKey(), null, SMALL.items(), List.of(),
                SMALL.safetyRules(), List.of(), List.of(), SMALL.texts());
        assertThat(InstrumentIntegrity.problemsOf(unversioned)).containsExactly("small: version is missing");
    }

    @Test
    void reportsDuplicateItemIds() {
        var items = new ArrayList<>(SMALL.items());
        items.add(Item.yesNo("runs", "item.runs"));
        assertThat(problemsWith(items, SMALL.safetyRules())).containsExactly("small: item id runs is used more than once");
    }

    @Test
    void reportsATextKeyWithoutBritishEnglishText() {
        var texts = new HashMap<>(SMALL.texts().get("en-GB"));
        texts.remove("item.pain");
        var instrument = new Instrument(SMALL.id(), SMALL.version(), SMALL.titleKey(), null, SMALL.items(), List.of(),
                SMALL.safetyRules(), List.of(), List.of(), Map.of("en-GB", texts, "en-US", Map.of("item.pain", "Pain?")));
        assertThat(InstrumentIntegrity.problemsOf(instrument)).containsExactly("small: text key item.pain has no en-GB text");
    }

    @Test
    void reportsTextForAKeyNothingUsesSoThatTyposInTranslationsShow() {
        var instrument = new Instrument(SMALL.id(), SMALL.version(), SMALL.titleKey(), null, SMALL.items(), List.of(),
                SMALL.safetyRules(), List.of(), List.of(), Map.of("en-GB", SMALL.texts().get("en-GB"), "en-US", Map.of("item.pian", "Pain?")));
        assertThat(InstrumentIntegrity.problemsOf(instrument)).containsExactly("small: locale en-US has text for unused key item.pian");
    }

    @Test
    void reportsARuleLookingAtAnItemThatDoesNotExist() {
        assertThat(problemsWith(SMALL.items(), List.of(rule(Condition.isYes("legNumbness")))))
                .containsExactly("small: safety rule R refers to legNumbness, which is not an item");
    }

    @Test
    void reportsASafetyRuleLookingAtAnOptionalItem() {
        var items = new ArrayList<>(SMALL.items());
        items.add(Item.yesNo("numb", "item.numb").optional());
        assertThat(problemsWith(items, List.of(rule(Condition.isYes("numb")))))
                .containsExactly("small: safety rule R looks at numb, which is optional: safety items must be required");
    }

    @Test
    void reportsASafetyRuleLookingAtFreeText() {
        assertThat(problemsWith(SMALL.items(), List.of(rule(Condition.isAnswered("note")))))
                .contains("small: safety rule R looks at free text note: rules must not depend on free text");
    }

    @Test
    void reportsSkipLogicThatLooksAtALaterItem() {
        var items = new ArrayList<>(SMALL.items());
        items.set(0, Item.yesNo("runs", "item.runs").shownIf(Condition.isYes("longRuns")));
        assertThat(problemsWith(items, SMALL.safetyRules()))
                .contains("small: showIf of item runs refers to longRuns, which is not an earlier item");
    }

    @Test
    void reportsAConditionWithTwoTests() {
        var both = new Condition("pain", null, null, 5.0, 2.0, null, null, null);
        assertThat(problemsWith(SMALL.items(), List.of(rule(both))))
                .containsExactly("small: safety rule R must use exactly one of equals, in, above, below, answered, anyOf, allOf but uses [above, below]");
    }

    @Test
    void reportsAComparisonWithAnAnswerTheItemCannotGive() {
        assertThat(problemsWith(SMALL.items(), List.of(rule(Condition.is("feel", "AWFUL")), rule2(Condition.is("runs", "yes")))))
                .containsExactly("small: safety rule R compares feel with AWFUL, which it cannot answer",
                        "small: safety rule R2 compares runs with yes, which it cannot answer");
    }

    @Test
    void reportsARuleThatCannotRaiseTheOutcome() {
        var rule = new SafetyRule("R", 1, OutcomeLevel.PROCEED, Condition.isYes("runs"), "reason.R");
        assertThat(problemsWith(SMALL.items(), List.of(rule))).containsExactly("small: safety rule R must raise the outcome above PROCEED");
    }

    @Test
    void reportsARuleWithoutAVersion() {
        var rule = new SafetyRule("R", 0, OutcomeLevel.REFER, Condition.isYes("runs"), "reason.R");
        assertThat(problemsWith(SMALL.items(), List.of(rule))).containsExactly("small: safety rule R needs a version of 1 or more");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        var items = new ArrayList<>(SMALL.items());
        items.add(Item.yesNo("runs", "item.runs"));
        var problems = problemsWith(items, List.of(rule(Condition.isYes("legNumbness")), rule(Condition.isYes("runs"))));
        assertThat(problems).hasSize(3);
    }

    @Test
    void catalogueRefusesToStartWithABrokenInstrument() {
        var broken = SmallInstrument.withItems(SMALL.items(), List.of(rule(Condition.isYes("legNumbness"))));
        assertThatThrownBy(() -> InstrumentCatalogue.of(List.of(broken)))
                .isInstanceOf(InstrumentIntegrityException.class)
                .hasMessageContaining("legNumbness");
    }

    @Test
    void catalogueRefusesTwoInstrumentsWithOneId() {
        assertThatThrownBy(() -> InstrumentCatalogue.of(List.of(SMALL, SMALL)))
                .isInstanceOf(InstrumentIntegrityException.class)
                .hasMessageContaining("more than one instrument has this id");
    }

    @Test
    void catalogueRefusesATrendRuleOnAnUnknownScore() {
        var trend = new TrendRule("T", 1, "pain-ratings:duringRun", OutcomeLevel.REFER, "reason.T");
        var texts = new HashMap<>(SMALL.texts().get("en-GB"));
        texts.put("reason.T", "Worse");
        var withTrend = new Instrument(SMALL.id(), SMALL.version(), SMALL.titleKey(), null, SMALL.items(), List.of(),
                SMALL.safetyRules(), List.of(), List.of(trend), Map.of("en-GB", texts));
        assertThatThrownBy(() -> InstrumentCatalogue.of(List.of(withTrend)))
                .isInstanceOf(InstrumentIntegrityException.class)
                .hasMessageContaining("trend rule T refers to unknown score pain-ratings:duringRun");
    }

    private static SafetyRule rule(Condition condition) {
        return new SafetyRule("R", 1, OutcomeLevel.REFER, condition, "reason.R");
    }

    private static SafetyRule rule2(Condition condition) {
        return new SafetyRule("R2", 1, OutcomeLevel.REFER, condition, "reason.R2");
    }

    private static List<String> problemsWith(List<Item> items, List<SafetyRule> rules) {
        return InstrumentIntegrity.problemsOf(SmallInstrument.withItems(items, rules));
    }
}
