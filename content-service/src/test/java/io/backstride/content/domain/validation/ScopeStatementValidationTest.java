package io.backstride.content.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.content.domain.Samples;
import io.backstride.content.domain.library.ScopeStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeStatementValidationTest {

    private final ContentValidator validator = new ContentValidator(KnownContent.none());

    @Test
    void acceptsACompleteScopeStatement() {
        assertThat(validator.check(Samples.scopeStatement())).isEmpty();
    }

    @Test
    void needsTheDisclaimerWhoItIsForAndNotForAndWhereToGetHelp() {
        var scope = new ScopeStatement("backstride-scope", "en-GB", "Before you start", "", List.of(), null, null, " ");

        assertThat(validator.check(scope)).extracting(Violation::path).containsExactly(
                "notMedicalAdvice", "suitableFor", "notSuitableFor", "seeAProfessional", "urgentCare");
    }
}
