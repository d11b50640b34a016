package io.backstride.content.domain;

import io.backstride.content.domain.library.Article;
import io.backstride.content.domain.library.Audience;
import io.backstride.content.domain.library.Caption;
import io.backstride.content.domain.library.Dosage;
import io.backstride.content.domain.library.ExerciseLevel;
import io.backstride.content.domain.library.Level;
import io.backstride.content.domain.library.Media;
import io.backstride.content.domain.library.ScopeStatement;
import io.backstride.content.domain.library.TechniqueCue;
import java.util.List;

/** Small, valid content for tests; each test changes only what it is about. */
public final class Samples {

    private Samples() {
    }

    public static ExerciseBuilder exercise(String id) {
        return new ExerciseBuilder(id);
    }

    public static ExerciseLevel level(Level level, Dosage dosage) {
        return new ExerciseLevel(level, level + " version", dosage, List.of("Lie on your back.", "Lift slowly."));
    }

    public static Media placeholderMedia(String id) {
        return new Media("/media/placeholder/" + id + ".mp4", "/media/placeholder/" + id + ".jpg",
                "A person lying on their back with hips lifted.",
                List.of(new Caption(0, 5, "Lift slowly."), new Caption(5, 10, "Lower slowly.")), true);
    }

    public static Article article(String slug) {
        return new Article(slug, "en-GB", "A title", "A summary.", "## Heading\n\nSome words of body text.",
                Audience.RUNNER, List.of("getting-started"), "General information, not medical advice.");
    }

    public static Article article(String slug, String body) {
        var sample = article(slug);
        return new Article(slug, sample.locale(), sample.title(), sample.summary(), body, sample.audience(),
                sample.tags(), sample.scopeNote());
    }

    public static TechniqueCue techniqueCue(String id, String variantOf) {
        return new TechniqueCue(id, "en-GB", "Run tall", "Feel a light lift upwards.", "It helps you feel lighter.",
                List.of("Try it on an easy run."), variantOf, List.of());
    }

    public static ScopeStatement scopeStatement() {
        return new ScopeStatement("backstride-scope", "en-GB", "Before you start", "Not medical advice.",
                List.of("Runners whose back aches on runs."), List.of("Pain into the legs."),
                "See a GP or physiotherapist.", "Call NHS 111.");
    }
}
