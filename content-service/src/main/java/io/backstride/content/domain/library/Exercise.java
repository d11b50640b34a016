package io.backstride.content.domain.library;

import java.util.List;
import java.util.Optional;

/**
 * An exercise with exactly three levels.
 *
 * @param when         when in the week the exercise belongs
 * @param progressions where to go once the {@link Level#HARDER} level feels easy
 * @param regressions  where to go when even the {@link Level#EASIER} level is too much
 */
public record Exercise(
        String id,
        String locale,
        String name,
        String summary,
        Purpose purpose,
        List<Target> targets,
        List<Occasion> when,
        List<String> equipment,
        List<ExerciseLevel> levels,
        List<LevelLink> progressions,
        List<LevelLink> regressions,
        List<String> cues,
        List<String> safetyNotes,
        List<Media> media) implements Content {

    public Exercise {
        targets = Copies.of(targets);
        when = Copies.of(when);
        equipment = Copies.of(equipment);
        levels = Copies.of(levels);
        progressions = Copies.of(progressions);
        regressions = Copies.of(regressions);
        cues = Copies.of(cues);
        safetyNotes = Copies.of(safetyNotes);
        media = Copies.of(media);
    }

    @Override
    public ContentType type() {
        return ContentType.EXERCISE;
    }

    public Optional<ExerciseLevel> level(Level level) {
        return levels.stream().filter(candidate -> candidate != null && candidate.level() == level).findFirst();
    }
}
