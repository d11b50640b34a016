package io.backstride.content.domain.validation;

import io.backstride.content.domain.library.ScopeStatement;

final class ScopeStatementRules {

    private ScopeStatementRules() {
    }

    static void check(ScopeStatement scope, Violations violations) {
        violations.slug("id", scope.id());
        violations.locale("locale", scope.locale());
        violations.text("title", scope.title(), TextLength.TITLE);
        violations.text("notMedicalAdvice", scope.notMedicalAdvice(), TextLength.PARAGRAPH);
        violations.someTexts("suitableFor", scope.suitableFor(), TextLength.LINE, "line");
        violations.someTexts("notSuitableFor", scope.notSuitableFor(), TextLength.LINE, "line");
        violations.text("seeAProfessional", scope.seeAProfessional(), TextLength.PARAGRAPH);
        violations.text("urgentCare", scope.urgentCare(), TextLength.PARAGRAPH);
    }
}
