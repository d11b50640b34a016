package io.backstride.content.domain.validation;

import io.backstride.content.domain.library.Article;
import java.util.HashSet;

final class ArticleRules {

    private ArticleRules() {
    }

    static void check(Article article, Violations violations) {
        violations.slug("slug", article.slug());
        violations.locale("locale", article.locale());
        violations.text("title", article.title(), TextLength.TITLE);
        violations.text("summary", article.summary(), TextLength.LINE);
        violations.text("body", article.body(), TextLength.BODY);
        violations.present("audience", article.audience());
        violations.text("scopeNote", article.scopeNote(), TextLength.PARAGRAPH);
        checkTags(article, violations);
    }

    private static void checkTags(Article article, Violations violations) {
        var seen = new HashSet<String>();
        for (int i = 0; i < article.tags().size(); i++) {
            var path = Violations.item("tags", i);
            var tag = article.tags().get(i);
            if (violations.slug(path, tag) && !seen.add(tag)) {
                violations.add(path, ViolationCode.DUPLICATE, tag + " is listed more than once");
            }
        }
    }
}
