package io.backstride.programme.domain.rules;

/** Which rule, at which version, made a decision. */
public record RuleRef(String id, int version) {
}
