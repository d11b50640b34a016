package io.backstride.assessment.domain.instrument;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small instrument built in code, one item of every type, for tests of the engine itself. */
final class SmallInstrument {

    static final String ID = "small";
    static final String VERSION = "3.1.0";

    private SmallInstrument() {
    }

    static Instrument instrument() {
        return withItems(List.of(
                Item.yesNo("runs", "item.runs"),
                Item.yesNo("longRuns", "item.longRuns").shownIf(Condition.isYes("runs")),
                Item.scale("longRunPain", "item.longRunPain").shownIf(Condition.isYes("longRuns")),
                Item.choice("feel", "item.feel", List.of(Option.of("GOOD", "item.feel.GOOD"), Option.of("BAD", "item.feel.BAD"))),
                Item.scale("pain", "item.pain"),
                Item.number("age", "item.age", new NumberRange(16.0, 100.0, true)),
                Item.shortText("note", "item.note", 10).optional()),
                List.of(new SafetyRule("SMALL-PAIN", 1, OutcomeLevel.PROCEED_WITH_CAUTION, Condition.isAbove("pain", 5), "reason.pain")));
    }

    static Instrument withItems(List<Item> items, List<SafetyRule> rules) {
        var texts = new HashMap<String, String>();
        texts.put("instrument.title", "Small");
        for (var item : items) {
            texts.put(item.textKey(), "Text of " + item.id());
            item.options().forEach(option -> texts.put(option.textKey(), "Option " + option.value()));
        }
        rules.forEach(rule -> texts.put(rule.reasonKey(), "Reason of " + rule.id()));
        return new Instrument(ID, VERSION, "instrument.title", null, items, List.of(), rules, List.of(), List.of(),
                Map.of("en-GB", texts));
    }

    static Map<String, Answer> cleanAnswers() {
        var answers = new HashMap<String, Answer>();
        answers.put("runs", Answer.yes());
        answers.put("longRuns", Answer.no());
        answers.put("feel", Answer.text("GOOD"));
        answers.put("pain", Answer.number(3));
        answers.put("age", Answer.number(40));
        return answers;
    }

    static Submission submission(Map<String, Answer> answers) {
        return new Submission(ID, VERSION, answers);
    }

    static ValidatedAnswers validate(Map<String, Answer> answers) {
        return SubmissionValidation.validate(instrument(), submission(answers));
    }
}
