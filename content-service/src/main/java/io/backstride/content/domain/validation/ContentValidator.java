package io.backstride.content.domain.validation;

import io.backstride.content.domain.library.Article;
import io.backstride.content.domain.library.Content;
import io.backstride.content.domain.library.Exercise;
import io.backstride.content.domain.library.ScopeStatement;
import io.backstride.content.domain.library.TechniqueCue;
import java.util.List;
import java.util.Objects;

/** Checks content against the library's rules, with links resolved against what is known. */
public final class ContentValidator {

    private final KnownContent known;

    public ContentValidator(KnownContent known) {
        this.known = Objects.requireNonNull(known, "known");
    }

    /** Every problem found, each with its field path; empty when the content is valid. */
    public List<Violation> check(Content content) {
        var violations = new Violations();
        switch (content) {
            case null -> violations.add("", ViolationCode.REQUIRED, "content is missing");
            case Article article -> ArticleRules.check(article, violations);
            case Exercise exercise -> new ExerciseRules(known).check(exercise, violations);
            case TechniqueCue cue -> new TechniqueCueRules(known).check(cue, violations);
            case ScopeStatement scope -> ScopeStatementRules.check(scope, violations);
        }
        return violations.list();
    }

    /** The content as {@link ValidContent}, or an exception carrying every violation. */
    public ValidContent require(Content content) {
        var violations = check(content);
        if (!violations.isEmpty()) {
            throw new InvalidContentException(violations);
        }
        return new ValidContent(content);
    }
}
