package io.backstride.programme.domain.rules;

import java.util.List;

/** A versioned table of the progression, regression, run-load and escalation rules. */
public record RuleTable(String version, List<Rule> rules, Thresholds thresholds) {

    public static final RuleTable V1 = new RuleTable("2025-1", List.of(
            new Rule(RuleId.PAIN_BANDS, 1, "Pain during activity 0–3 is safe, 4–5 acceptable, above 5 not acceptable."),
            new Rule(RuleId.MORNING_NOT_SETTLED, 1, "Pain must settle by the next morning; above 3 the next morning, ease the running load."),
            new Rule(RuleId.MORNING_WORSE_THAN_USUAL, 1, "Next-morning pain a point or more above the usual of the last 30 days eases the running load."),
            new Rule(RuleId.WEEKLY_TREND_RISING, 1, "Weekly average pain a point or more above last week eases the running load."),
            new Rule(RuleId.EXERCISE_PROGRESS, 1, "Two easy sessions in a row (RPE 4 or less) with acceptable pain move an exercise to its next level."),
            new Rule(RuleId.EXERCISE_HOLD, 1, "Moderate effort (RPE 5–7) with acceptable pain holds the level."),
            new Rule(RuleId.EXERCISE_REGRESS_EFFORT, 1, "Very high effort (RPE 8 or more) steps an exercise back a level."),
            new Rule(RuleId.EXERCISE_REGRESS_PAIN, 1, "Pain that is not acceptable steps an exercise back a level."),
            new Rule(RuleId.EXERCISE_TOP_LEVEL, 1, "At the hardest level, move on only along the library's progression link; otherwise hold."),
            new Rule(RuleId.EXERCISE_BOTTOM_LEVEL, 1, "At the easiest level there is no step back: hold and flag."),
            new Rule(RuleId.RUN_SPIKE, 1, "A run more than 10% longer than the longest run of the previous 30 days is a spike."),
            new Rule(RuleId.RUN_PAIN, 1, "A run with pain that is not acceptable eases the running load."),
            new Rule(RuleId.RUN_RESTORE, 1, "Two runs in a row with acceptable pain that settled by the next morning lift an eased running load."),
            new Rule(RuleId.ESCALATE_UNACCEPTABLE_STREAK, 1, "Pain not acceptable in 3 logs in a row stops progression and escalates."),
            new Rule(RuleId.ESCALATE_WEEKLY_RISE, 1, "A rise of 2 points in the weekly average pain stops progression and escalates."),
            new Rule(RuleId.ESCALATE_RED_FLAG, 1, "A new red flag at a check-in stops progression and escalates.")),
            new Thresholds(3, 5, 4, 8, 2, 1.0, 1.10, 30, 2, 1.0, 2.0, 3));

    public RuleTable {
        rules = List.copyOf(rules);
    }

    public Rule rule(RuleId id) {
        return rules.stream().filter(rule -> rule.id() == id).findFirst()
                .orElseThrow(() -> new IllegalStateException("rule table " + version + " has no rule " + id));
    }

    public RuleRef ref(RuleId id) {
        return rule(id).ref();
    }
}
