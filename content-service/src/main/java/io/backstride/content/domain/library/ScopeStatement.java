package io.backstride.content.domain.library;

import java.util.List;

/**
 * The scope and disclaimer shown where a runner starts: not medical advice, who it is for and who
 * should see a professional instead.
 *
 * @param urgentCare what to do at once when urgent signs are present (per locale, e.g. NHS 111)
 */
public record ScopeStatement(
        String id,
        String locale,
        String title,
        String notMedicalAdvice,
        List<String> suitableFor,
        List<String> notSuitableFor,
        String seeAProfessional,
        String urgentCare) implements Content {

    public ScopeStatement {
        suitableFor = Copies.of(suitableFor);
        notSuitableFor = Copies.of(notSuitableFor);
    }

    @Override
    public ContentType type() {
        return ContentType.SCOPE_STATEMENT;
    }
}
