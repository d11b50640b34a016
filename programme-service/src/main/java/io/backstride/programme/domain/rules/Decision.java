package io.backstride.programme.domain.rules;

import java.time.Instant;

/**
 * One fired rule. {@code id} is derived from the rule, the subject and the entry that fired it, so the same
 * decision made again on a re-evaluation has the same id.
 *
 * @param triggerId the log or check-in that fired the rule
 * @param at        when that log or check-in happened
 */
public record Decision(String id, RuleRef rule, DecisionKind kind, Subject subject, Position from, Position to,
                       Evidence evidence, String triggerId, Instant at) {

    static Decision of(RuleRef rule, DecisionKind kind, Subject subject, Position from, Position to,
                       Evidence evidence, String triggerId, Instant at) {
        return of(rule, kind, subject, from, to, evidence, triggerId, at, triggerId);
    }

    /** @param key what names the decision beside its rule and subject, when the trigger alone does not */
    static Decision of(RuleRef rule, DecisionKind kind, Subject subject, Position from, Position to,
                       Evidence evidence, String triggerId, Instant at, String key) {
        return new Decision(rule.id() + "/" + subject.slot() + "/" + key, rule, kind, subject, from, to,
                evidence, triggerId, at);
    }
}
