package io.backstride.content.domain.library;

import java.util.List;

/** One level of an exercise: its own name, dosage and step-by-step instructions. */
public record ExerciseLevel(Level level, String title, Dosage dosage, List<String> instructions) {

    public ExerciseLevel {
        instructions = Copies.of(instructions);
    }
}
