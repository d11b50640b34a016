package io.backstride.content.web;

import io.backstride.content.application.ContentPage;
import io.backstride.content.application.PublishedContent;
import io.backstride.content.domain.library.Article;
import io.backstride.content.domain.library.Audience;
import io.backstride.content.domain.library.Exercise;
import io.backstride.content.domain.library.Occasion;
import io.backstride.content.domain.library.Purpose;
import io.backstride.content.domain.library.Target;
import io.backstride.content.domain.library.TechniqueCue;
import java.time.Instant;
import java.util.List;

/** Response records of the read API. */
public final class ContentResponses {

    private ContentResponses() {
    }

    /** One published version of one item, in one locale. */
    public record PublishedResponse(String type, String id, String locale, int version, boolean live, Instant publishedAt,
            ContentViews.ContentView content) {

        static PublishedResponse of(PublishedContent published) {
            var key = published.key();
            return new PublishedResponse(key.type().collection(), key.id(), key.locale(), published.version(),
                    published.live(), published.publishedAt(), ContentViews.of(published.content()));
        }
    }

    public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

        static <T> PageResponse<T> of(ContentPage<T> page) {
            return new PageResponse<>(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
        }
    }

    public record ExerciseSummary(String id, String locale, int version, String name, String summary, Purpose purpose,
            List<Target> targets, List<Occasion> when, String href) {

        static ExerciseSummary of(PublishedContent published) {
            var exercise = (Exercise) published.content();
            return new ExerciseSummary(exercise.id(), exercise.locale(), published.version(), exercise.name(),
                    exercise.summary(), exercise.purpose(), exercise.targets(), exercise.when(),
                    ContentReadController.BASE + "/exercises/" + exercise.id());
        }
    }

    public record ArticleSummary(String slug, String locale, int version, String title, String summary, Audience audience,
            List<String> tags, int readingMinutes, String href) {

        static ArticleSummary of(PublishedContent published) {
            var article = (Article) published.content();
            return new ArticleSummary(article.slug(), article.locale(), published.version(), article.title(),
                    article.summary(), article.audience(), article.tags(), article.readingTime().minutes(),
                    ContentReadController.BASE + "/articles/" + article.slug());
        }
    }

    public record TechniqueCueSummary(String id, String locale, int version, String title, String cue, String variantOf,
            String href) {

        static TechniqueCueSummary of(PublishedContent published) {
            var cue = (TechniqueCue) published.content();
            return new TechniqueCueSummary(cue.id(), cue.locale(), published.version(), cue.title(), cue.cue(),
                    cue.variantOf(), ContentReadController.BASE + "/technique-cues/" + cue.id());
        }
    }
}
