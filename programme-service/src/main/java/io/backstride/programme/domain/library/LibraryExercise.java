package io.backstride.programme.domain.library;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The programme's own view of a published exercise: only what planning and progression need
 * (a tolerant reader of the content service's events).
 */
public record LibraryExercise(String id, Purpose purpose, Set<Target> targets, Set<Occasion> when,
                              Map<Level, Dosage> levels, List<LevelLink> progressions) {

    public LibraryExercise {
        targets = Set.copyOf(targets);
        when = Set.copyOf(when);
        levels = Map.copyOf(new EnumMap<>(levels));
        progressions = List.copyOf(progressions);
        if (id == null || id.isBlank() || purpose == null) {
            throw new IllegalArgumentException("an exercise has an id and a purpose");
        }
    }

    public boolean isFor(Occasion occasion) {
        return when.contains(occasion);
    }

    public boolean targets(Target target) {
        return targets.contains(target);
    }

    public boolean targetsCore() {
        return targets.stream().anyMatch(Target::isCore);
    }

    public Optional<Dosage> dosage(Level level) {
        return Optional.ofNullable(levels.get(level));
    }

    public Optional<LevelLink> progression() {
        return progressions.stream().findFirst();
    }
}
