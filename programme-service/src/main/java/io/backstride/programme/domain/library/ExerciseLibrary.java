package io.backstride.programme.domain.library;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The published exercises and technique cues a programme is built from, in a stable (id) order. */
public record ExerciseLibrary(List<LibraryExercise> exercises, List<TechniqueCue> techniqueCues) {

    public ExerciseLibrary {
        exercises = exercises.stream().sorted(Comparator.comparing(LibraryExercise::id)).toList();
        techniqueCues = List.copyOf(techniqueCues);
    }

    public Optional<LibraryExercise> find(String exerciseId) {
        return exercises.stream().filter(exercise -> exercise.id().equals(exerciseId)).findFirst();
    }

    public List<LibraryExercise> matching(Predicate<LibraryExercise> predicate) {
        return exercises.stream().filter(predicate).toList();
    }
}
