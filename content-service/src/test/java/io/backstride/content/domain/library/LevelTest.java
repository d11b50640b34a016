package io.backstride.content.domain.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.content.domain.Samples;
import java.util.ArrayList;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LevelTest {

    @Test
    void levelsStepUpFromEasierThroughBaseToHarder() {
        assertThat(Level.EASIER.next()).contains(Level.BASE);
        assertThat(Level.BASE.next()).contains(Level.HARDER);
        assertThat(Level.HARDER.next()).isEmpty();
    }

    @Test
    void levelsStepDownFromHarderThroughBaseToEasier() {
        assertThat(Level.HARDER.previous()).contains(Level.BASE);
        assertThat(Level.BASE.previous()).contains(Level.EASIER);
        assertThat(Level.EASIER.previous()).isEmpty();
    }

    @Test
    void anExerciseFindsEachOfItsLevels() {
        var exercise = Samples.exercise("glute-bridge").build();

        assertThat(exercise.level(Level.HARDER)).map(ExerciseLevel::level).contains(Level.HARDER);
        assertThat(Samples.exercise("glute-bridge").withoutLevel(Level.BASE).build().level(Level.BASE)).isEmpty();
    }

    @Test
    void contentListsAreImmutableCopiesThatKeepMissingEntriesForValidation() {
        var cues = new ArrayList<>(Arrays.asList("Lift slowly.", null));
        var exercise = Samples.exercise("glute-bridge").cues(cues).build();
        cues.clear();

        assertThat(exercise.cues()).containsExactly("Lift slowly.", null);
        assertThat(Samples.exercise("glute-bridge").targets(null).build().targets()).isEmpty();
    }
}
