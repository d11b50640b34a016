package io.backstride.assessment.domain.instrument;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A test on answers, used for skip logic ({@code showIf}) and for the answer patterns of safety and
 * factor rules. In the file it is one of:
 * <pre>
 * {"item": "saddleNumbness", "equals": "YES"}           yes/no items compare with YES or NO
 * {"item": "painDuration", "in": ["A", "B"]}            option values of a choice item
 * {"item": "painDuringRun", "above": 5}                 strictly greater
 * {"item": "ageAtFirstOnset", "below": 20}              strictly less
 * {"item": "activity2", "answered": true}
 * {"anyOf": [ ... ]}   {"allOf": [ ... ]}
 * </pre>
 * A condition on an item that has no answer never holds: safety rules may only look at required
 * items, so an unanswered one is a validation problem before any rule runs, never a silent "no".
 */
public record Condition(String item, String equals, List<String> in, Double above, Double below,
                        Boolean answered, List<Condition> anyOf, List<Condition> allOf) {

    public static final String YES = "YES";
    public static final String NO = "NO";

    public static Condition is(String item, String value) {
        return new Condition(item, value, null, null, null, null, null, null);
    }

    public static Condition isYes(String item) {
        return is(item, YES);
    }

    public static Condition isOneOf(String item, String... values) {
        return new Condition(item, null, List.of(values), null, null, null, null, null);
    }

    public static Condition isAbove(String item, double bound) {
        return new Condition(item, null, null, bound, null, null, null, null);
    }

    public static Condition isBelow(String item, double bound) {
        return new Condition(item, null, null, null, bound, null, null, null);
    }

    public static Condition isAnswered(String item) {
        return new Condition(item, null, null, null, null, true, null, null);
    }

    public static Condition whenAny(Condition... conditions) {
        return new Condition(null, null, null, null, null, null, List.of(conditions), null);
    }

    public static Condition whenAll(Condition... conditions) {
        return new Condition(null, null, null, null, null, null, null, List.of(conditions));
    }

    public boolean holdsFor(Answers answers) {
        if (anyOf != null) {
            return anyOf.stream().anyMatch(condition -> condition.holdsFor(answers));
        }
        if (allOf != null) {
            return !allOf.isEmpty() && allOf.stream().allMatch(condition -> condition.holdsFor(answers));
        }
        if (answered != null) {
            return answers.has(item) == answered;
        }
        return answers.find(item).map(this::matches).orElse(false);
    }

    private boolean matches(Answer answer) {
        return switch (answer) {
            case Answer.YesNo yesNo -> matchesCode(yesNo.yes() ? YES : NO);
            case Answer.Text text -> matchesCode(text.value());
            case Answer.Numeric numeric -> matchesNumber(numeric.value());
            case Answer.Unreadable unreadable -> false;
        };
    }

    private boolean matchesCode(String code) {
        return (equals != null && equals.equals(code)) || (in != null && in.contains(code));
    }

    private boolean matchesNumber(double value) {
        return (above != null && value > above) || (below != null && value < below);
    }

    /** Every item this condition looks at, nested ones included, in order of appearance. */
    public Set<String> itemIds() {
        var ids = new LinkedHashSet<String>();
        if (item != null) {
            ids.add(item);
        }
        children().forEach(child -> ids.addAll(child.itemIds()));
        return ids;
    }

    List<Condition> children() {
        return Stream.of(anyOf, allOf).filter(list -> list != null).flatMap(List::stream).toList();
    }

    /** Which of the tests this condition carries; a well-formed condition carries exactly one. */
    List<String> operators() {
        var operators = new ArrayList<String>();
        if (equals != null) operators.add("equals");
        if (in != null) operators.add("in");
        if (above != null) operators.add("above");
        if (below != null) operators.add("below");
        if (answered != null) operators.add("answered");
        if (anyOf != null) operators.add("anyOf");
        if (allOf != null) operators.add("allOf");
        return operators;
    }

    /** The option codes this condition compares with, for checking them against the item. */
    List<String> codes() {
        var codes = new ArrayList<String>();
        if (equals != null) codes.add(equals);
        if (in != null) codes.addAll(in);
        return codes;
    }
}
