package io.backstride.programme.domain.event;

import io.backstride.programme.domain.rules.Evidence;
import io.backstride.programme.domain.rules.RuleRef;
import java.time.Instant;

/** Pain keeps getting worse or a red flag came up: progression stops and the runner is told at once to see a professional. */
public record EscalationRaised(String decisionId, String programmeId, String runnerId, RuleRef rule, Evidence inputs,
                               String adviceCode, Instant occurredAt) implements RuleDecisionEvent {

    public static final String SEE_A_PROFESSIONAL = "SEE_A_HEALTHCARE_PROFESSIONAL";
}
