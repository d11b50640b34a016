package io.backstride.content.domain;

import io.backstride.content.domain.library.Dosage;
import io.backstride.content.domain.library.Exercise;
import io.backstride.content.domain.library.ExerciseLevel;
import io.backstride.content.domain.library.Level;
import io.backstride.content.domain.library.LevelLink;
import io.backstride.content.domain.library.Media;
import io.backstride.content.domain.library.Occasion;
import io.backstride.content.domain.library.Purpose;
import io.backstride.content.domain.library.Target;
import java.util.ArrayList;
import java.util.List;

/** Builds a valid exercise that a test can then spoil in one place. */
public final class ExerciseBuilder {

    private final String id;
    private String locale = "en-GB";
    private String name = "Glute bridge";
    private String summary = "Lift the hips with the buttocks.";
    private Purpose purpose = Purpose.STRENGTH;
    private List<Target> targets = List.of(Target.GLUTES);
    private List<Occasion> when = List.of(Occasion.STRENGTH_DAY);
    private final List<ExerciseLevel> levels = new ArrayList<>(List.of(
            Samples.level(Level.EASIER, Dosage.reps(2, 10, 45)),
            Samples.level(Level.BASE, Dosage.reps(3, 10, 45)),
            Samples.level(Level.HARDER, Dosage.reps(3, 8, 60).onEachSide())));
    private List<LevelLink> progressions = List.of();
    private List<LevelLink> regressions = List.of();
    private List<String> cues = List.of("Lift with your buttocks.");
    private List<String> safetyNotes = List.of("Stop if it hurts.");
    private List<Media> media;

    ExerciseBuilder(String id) {
        this.id = id;
        this.media = List.of(Samples.placeholderMedia(id));
    }

    public ExerciseBuilder locale(String locale) {
        this.locale = locale;
        return this;
    }

    public ExerciseBuilder name(String name) {
        this.name = name;
        return this;
    }

    public ExerciseBuilder summary(String summary) {
        this.summary = summary;
        return this;
    }

    public ExerciseBuilder purpose(Purpose purpose) {
        this.purpose = purpose;
        return this;
    }

    public ExerciseBuilder targets(List<Target> targets) {
        this.targets = targets;
        return this;
    }

    public ExerciseBuilder when(List<Occasion> when) {
        this.when = when;
        return this;
    }

    public ExerciseBuilder withoutLevel(Level level) {
        levels.removeIf(candidate -> candidate.level() == level);
        return this;
    }

    public ExerciseBuilder level(Level level, Dosage dosage) {
        levels.replaceAll(candidate -> candidate.level() == level ? Samples.level(level, dosage) : candidate);
        return this;
    }

    public ExerciseBuilder extraLevel(ExerciseLevel level) {
        levels.add(level);
        return this;
    }

    public ExerciseBuilder progressions(LevelLink... links) {
        this.progressions = List.of(links);
        return this;
    }

    public ExerciseBuilder regressions(LevelLink... links) {
        this.regressions = List.of(links);
        return this;
    }

    public ExerciseBuilder cues(List<String> cues) {
        this.cues = cues;
        return this;
    }

    public ExerciseBuilder safetyNotes(List<String> safetyNotes) {
        this.safetyNotes = safetyNotes;
        return this;
    }

    public ExerciseBuilder media(Media... media) {
        this.media = List.of(media);
        return this;
    }

    public Exercise build() {
        return new Exercise(id, locale, name, summary, purpose, targets, when, List.of("Mat"), levels, progressions,
                regressions, cues, safetyNotes, media);
    }
}
