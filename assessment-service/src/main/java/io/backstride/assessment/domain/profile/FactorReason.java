package io.backstride.assessment.domain.profile;

/** A factor rule that fired, with its plain-language reason in the runner's locale. */
public record FactorReason(String ruleId, int ruleVersion, String reasonKey, String reason) {
}
