package io.backstride.assessment.domain.profile;

import io.backstride.assessment.domain.instrument.Factor;
import java.util.List;

/** A contributing factor the answers point at, and every reason why. */
public record FactorFinding(Factor factor, List<FactorReason> reasons) {

    public FactorFinding {
        reasons = List.copyOf(reasons);
    }
}
