package io.backstride.content.domain.library;

import java.util.List;

/**
 * An education article.
 *
 * @param body      Markdown
 * @param scopeNote short note shown with the article: what it is and is not (not medical advice)
 */
public record Article(
        String slug,
        String locale,
        String title,
        String summary,
        String body,
        Audience audience,
        List<String> tags,
        String scopeNote) implements Content {

    public Article {
        tags = Copies.of(tags);
    }

    @Override
    public ContentType type() {
        return ContentType.ARTICLE;
    }

    @Override
    public String id() {
        return slug;
    }

    public ReadingTime readingTime() {
        return ReadingTime.of(body);
    }
}
