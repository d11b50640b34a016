package io.backstride.content.web;

import io.backstride.content.domain.library.Article;
import io.backstride.content.domain.library.Audience;
import io.backstride.content.domain.library.Caption;
import io.backstride.content.domain.library.Content;
import io.backstride.content.domain.library.Dosage;
import io.backstride.content.domain.library.Exercise;
import io.backstride.content.domain.library.ExerciseLevel;
import io.backstride.content.domain.library.Level;
import io.backstride.content.domain.library.LevelLink;
import io.backstride.content.domain.library.Media;
import io.backstride.content.domain.library.Occasion;
import io.backstride.content.domain.library.Purpose;
import io.backstride.content.domain.library.ScopeStatement;
import io.backstride.content.domain.library.Target;
import io.backstride.content.domain.library.TechniqueCue;
import java.util.List;

/** The representations of content made for the API, and how library records become them. */
public final class ContentViews {

    private ContentViews() {
    }

    /** What every content representation is. */
    public sealed interface ContentView permits ExerciseView, ArticleView, TechniqueCueView, ScopeStatementView {
    }

    public record ExerciseView(String id, String locale, String name, String summary, Purpose purpose, List<Target> targets,
            List<Occasion> when, List<String> equipment, List<LevelView> levels, List<LinkView> progressions,
            List<LinkView> regressions, List<String> cues, List<String> safetyNotes, List<MediaView> media)
            implements ContentView {
    }

    public record LevelView(Level level, String title, DosageView dosage, List<String> instructions) {
    }

    /** Exactly one of reps and holdSeconds is set. */
    public record DosageView(int sets, Integer reps, Integer holdSeconds, int restSeconds, boolean eachSide) {
    }

    /** A progression or regression, with the path of the exercise it points at. */
    public record LinkView(String exerciseId, Level level, String href) {
    }

    public record MediaView(String videoUrl, String posterUrl, String altText, List<CaptionView> captions,
            boolean placeholder) {
    }

    public record CaptionView(int startSeconds, int endSeconds, String text) {
    }

    public record ArticleView(String slug, String locale, String title, String summary, String body, Audience audience,
            List<String> tags, String scopeNote, int readingMinutes) implements ContentView {
    }

    public record TechniqueCueView(String id, String locale, String title, String cue, String why, List<String> practice,
            String variantOf, List<MediaView> media) implements ContentView {
    }

    public record ScopeStatementView(String id, String locale, String title, String notMedicalAdvice,
            List<String> suitableFor, List<String> notSuitableFor, String seeAProfessional, String urgentCare)
            implements ContentView {
    }

    static ContentView of(Content content) {
        return switch (content) {
            case Exercise exercise -> of(exercise);
            case Article article -> new ArticleView(article.slug(), article.locale(), article.title(),
                    article.summary(), article.body(), article.audience(), article.tags(), article.scopeNote(),
                    article.readingTime().minutes());
            case TechniqueCue cue -> new TechniqueCueView(cue.id(), cue.locale(), cue.title(), cue.cue(), cue.why(),
                    cue.practice(), cue.variantOf(), media(cue.media()));
            case ScopeStatement scope -> new ScopeStatementView(scope.id(), scope.locale(), scope.title(),
                    scope.notMedicalAdvice(), scope.suitableFor(), scope.notSuitableFor(), scope.seeAProfessional(),
                    scope.urgentCare());
        };
    }

    private static ExerciseView of(Exercise exercise) {
        return new ExerciseView(exercise.id(), exercise.locale(), exercise.name(), exercise.summary(),
                exercise.purpose(), exercise.targets(), exercise.when(), exercise.equipment(),
                exercise.levels().stream().map(ContentViews::level).toList(), links(exercise.progressions()),
                links(exercise.regressions()), exercise.cues(), exercise.safetyNotes(), media(exercise.media()));
    }

    private static LevelView level(ExerciseLevel level) {
        Dosage dosage = level.dosage();
        return new LevelView(level.level(), level.title(), new DosageView(dosage.sets(), dosage.reps(),
                dosage.holdSeconds(), dosage.restSeconds(), dosage.eachSide()), level.instructions());
    }

    private static List<LinkView> links(List<LevelLink> links) {
        return links.stream().map(link -> new LinkView(link.exerciseId(), link.level(),
                ContentReadController.BASE + "/exercises/" + link.exerciseId())).toList();
    }

    private static List<MediaView> media(List<Media> media) {
        return media.stream().map(item -> new MediaView(item.videoUrl(), item.posterUrl(), item.altText(),
                item.captions().stream().map(ContentViews::caption).toList(), item.placeholder())).toList();
    }

    private static CaptionView caption(Caption caption) {
        return new CaptionView(caption.startSeconds(), caption.endSeconds(), caption.text());
    }
}
