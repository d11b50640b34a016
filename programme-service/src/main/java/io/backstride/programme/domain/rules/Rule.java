package io.backstride.programme.domain.rules;

/** One row of the rule table. */
public record Rule(RuleId id, int version, String description) {

    public RuleRef ref() {
        return new RuleRef(id.code(), version);
    }
}
