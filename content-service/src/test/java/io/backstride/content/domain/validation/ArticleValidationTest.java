package io.backstride.content.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.backstride.content.domain.Samples;
import io.backstride.content.domain.library.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleValidationTest {

    private final ContentValidator validator = new ContentValidator(KnownContent.none());

    @Test
    void acceptsACompleteArticle() {
        assertThat(validator.check(Samples.article("is-this-for-you"))).isEmpty();
    }

    @Test
    void everyArticleNeedsAScopeNote() {
        var sample = Samples.article("is-this-for-you");
        var article = new Article(sample.slug(), sample.locale(), sample.title(), sample.summary(), sample.body(),
                sample.audience(), sample.tags(), "");

        assertThat(validator.check(article)).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("scopeNote", ViolationCode.REQUIRED));
    }

    @Test
    void reportsEveryMissingPartTogether() {
        var article = new Article(null, null, " ", null, "", null, null, null);

        assertThat(validator.check(article)).extracting(Violation::path).containsExactly(
                "slug", "locale", "title", "summary", "body", "audience", "scopeNote");
    }

    @Test
    void tagsAreHyphenatedWordsListedOnce() {
        var sample = Samples.article("is-this-for-you");
        var article = new Article(sample.slug(), sample.locale(), sample.title(), sample.summary(), sample.body(),
                sample.audience(), List.of("safety", "Red Flags", "safety"), sample.scopeNote());

        assertThat(validator.check(article)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("tags[1]", ViolationCode.MALFORMED),
                tuple("tags[2]", ViolationCode.DUPLICATE));
    }

    @Test
    void aTitleHasAtMostOneHundredAndTwentyCharacters() {
        var sample = Samples.article("is-this-for-you");
        var article = new Article(sample.slug(), sample.locale(), "t".repeat(121), sample.summary(), sample.body(),
                sample.audience(), sample.tags(), sample.scopeNote());

        assertThat(validator.check(article)).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("title", ViolationCode.TOO_LONG));
    }
}
