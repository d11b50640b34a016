package io.backstride.content.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.backstride.content.domain.Samples;
import io.backstride.content.domain.library.TechniqueCue;
import java.util.List;
import org.junit.jupiter.api.Test;

class TechniqueCueValidationTest {

    private final TechniqueCue pulledUp = Samples.techniqueCue("pulled-up-by-the-hair", null);
    private final ContentValidator validator = new ContentValidator(KnownContent.of(List.of(pulledUp)));

    @Test
    void acceptsACueAndAVariantOfAKnownCue() {
        assertThat(validator.check(pulledUp)).isEmpty();
        assertThat(validator.check(Samples.techniqueCue("lift-from-the-hips", "pulled-up-by-the-hair"))).isEmpty();
    }

    @Test
    void aVariantMustPointAtAnotherKnownCue() {
        assertThat(validator.check(Samples.techniqueCue("lift-from-the-hips", "lift-from-the-hips")))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("variantOf", ViolationCode.SELF_REFERENCE));
        assertThat(validator.check(Samples.techniqueCue("lift-from-the-hips", "float-like-a-feather")))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("variantOf", ViolationCode.UNKNOWN_REFERENCE));
    }

    @Test
    void anExerciseWithTheSameIdDoesNotCountAsAKnownCue() {
        var validator = new ContentValidator(KnownContent.of(List.of(Samples.exercise("pulled-up").build())));

        assertThat(validator.check(Samples.techniqueCue("lift-from-the-hips", "pulled-up")))
                .extracting(Violation::code).containsExactly(ViolationCode.UNKNOWN_REFERENCE);
    }

    @Test
    void reportsEveryMissingPartTogether() {
        var cue = new TechniqueCue("lift-from-the-hips", "en-GB", "", null, " ", List.of(), null, List.of());

        assertThat(validator.check(cue)).extracting(Violation::path)
                .containsExactly("title", "cue", "why", "practice");
    }
}
