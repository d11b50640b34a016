package io.backstride.content.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.backstride.content.domain.Samples;
import io.backstride.content.domain.library.Caption;
import io.backstride.content.domain.library.Content;
import io.backstride.content.domain.library.Dosage;
import io.backstride.content.domain.library.Level;
import io.backstride.content.domain.library.LevelLink;
import io.backstride.content.domain.library.Media;
import io.backstride.content.domain.library.Target;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExerciseValidationTest {

    private final ContentValidator validator = new ContentValidator(
            KnownContent.of(List.of(Samples.exercise("step-up").build(), Samples.exercise("dead-bug").build())));

    private List<Violation> check(Content content) {
        return validator.check(content);
    }

    @Test
    void acceptsACompleteExerciseWithLinksToKnownExercises() {
        var exercise = Samples.exercise("glute-bridge")
                .progressions(new LevelLink("step-up", Level.BASE))
                .regressions(new LevelLink("dead-bug", Level.EASIER))
                .build();

        assertThat(check(exercise)).isEmpty();
    }

    @Test
    void reportsEachMissingLevel() {
        var exercise = Samples.exercise("glute-bridge").withoutLevel(Level.EASIER).withoutLevel(Level.HARDER).build();

        assertThat(check(exercise)).extracting(Violation::path, Violation::code, Violation::message).containsExactly(
                tuple("levels", ViolationCode.MISSING_LEVEL, "the EASIER level is missing"),
                tuple("levels", ViolationCode.MISSING_LEVEL, "the HARDER level is missing"));
    }

    @Test
    void reportsALevelGivenTwice() {
        var exercise = Samples.exercise("glute-bridge")
                .extraLevel(Samples.level(Level.BASE, Dosage.reps(2, 8, 30)))
                .build();

        assertThat(check(exercise)).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("levels[3].level", ViolationCode.DUPLICATE));
    }

    @ParameterizedTest(name = "sets={0} reps={1} hold={2} rest={3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            "0, 10, -, 30, levels[1].dosage.sets",
            "7, 10, -, 30, levels[1].dosage.sets",
            "3, 0, -, 30, levels[1].dosage.reps",
            "3, 31, -, 30, levels[1].dosage.reps",
            "3, -, 4, 30, levels[1].dosage.holdSeconds",
            "3, -, 121, 30, levels[1].dosage.holdSeconds",
            "3, 10, -, -1, levels[1].dosage.restSeconds",
            "3, 10, -, 181, levels[1].dosage.restSeconds"})
    void reportsDosageOutOfRange(Integer sets, Integer reps, Integer hold, Integer rest, String path) {
        var exercise = Samples.exercise("glute-bridge")
                .level(Level.BASE, new Dosage(sets, reps, hold, rest, false))
                .build();

        assertThat(check(exercise)).singleElement().satisfies(violation -> {
            assertThat(violation.path()).isEqualTo(path);
            assertThat(violation.code()).isEqualTo(ViolationCode.OUT_OF_RANGE);
        });
    }

    @ParameterizedTest(name = "sets={0} reps={1} hold={2} rest={3}")
    @CsvSource(nullValues = "-", value = {"1, 1, -, 0", "6, 30, -, 180", "1, -, 5, 0", "6, -, 120, 180"})
    void acceptsDosageAtTheEdgesOfItsRanges(Integer sets, Integer reps, Integer hold, Integer rest) {
        var exercise = Samples.exercise("glute-bridge")
                .level(Level.BASE, new Dosage(sets, reps, hold, rest, true))
                .build();

        assertThat(check(exercise)).isEmpty();
    }

    @Test
    void aDosageGivesEitherRepsOrAHoldButNotBoth() {
        var exercise = Samples.exercise("glute-bridge")
                .level(Level.EASIER, new Dosage(2, 10, 20, 30, false))
                .level(Level.BASE, new Dosage(2, null, null, 30, false))
                .build();

        assertThat(check(exercise)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("levels[0].dosage", ViolationCode.CONFLICT),
                tuple("levels[1].dosage", ViolationCode.REQUIRED));
    }

    @Test
    void reportsAMissingDosageAndMissingSetsAndRest() {
        var exercise = Samples.exercise("glute-bridge")
                .level(Level.EASIER, null)
                .level(Level.BASE, new Dosage(null, 10, null, null, false))
                .build();

        assertThat(check(exercise)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("levels[0].dosage", ViolationCode.REQUIRED),
                tuple("levels[1].dosage.sets", ViolationCode.REQUIRED),
                tuple("levels[1].dosage.restSeconds", ViolationCode.REQUIRED));
    }

    @Test
    void reportsMissingAltText() {
        var media = Samples.placeholderMedia("glute-bridge");
        var exercise = Samples.exercise("glute-bridge")
                .media(new Media(media.videoUrl(), media.posterUrl(), " ", media.captions(), true))
                .build();

        assertThat(check(exercise)).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("media[0].altText", ViolationCode.REQUIRED));
    }

    @Test
    void reportsMissingVideoPosterAndCaptions() {
        var exercise = Samples.exercise("glute-bridge")
                .media(new Media(null, "", "A bridge.", List.of(), false))
                .build();

        assertThat(check(exercise)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("media[0].videoUrl", ViolationCode.REQUIRED),
                tuple("media[0].posterUrl", ViolationCode.REQUIRED),
                tuple("media[0].captions", ViolationCode.REQUIRED));
    }

    @Test
    void anExerciseNeedsADemonstrationVideo() {
        var exercise = Samples.exercise("glute-bridge").media().build();

        assertThat(check(exercise)).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("media", ViolationCode.REQUIRED));
    }

    @Test
    void mediaAddressesAreWebUrlsOrPlatformPaths() {
        var captions = Samples.placeholderMedia("x").captions();
        var exercise = Samples.exercise("glute-bridge")
                .media(new Media("ftp://example.org/a.mp4", "media/a.jpg", "A bridge.", captions, false),
                        new Media("https://cdn.example.org/a.mp4", "/media/a.jpg", "A bridge.", captions, false))
                .build();

        assertThat(check(exercise)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("media[0].videoUrl", ViolationCode.MALFORMED),
                tuple("media[0].posterUrl", ViolationCode.MALFORMED));
    }

    @Test
    void placeholdersAreMarkedAsSuchAndLiveInThePlaceholderFolder() {
        var captions = Samples.placeholderMedia("x").captions();
        var exercise = Samples.exercise("glute-bridge")
                .media(new Media("/media/placeholder/a.mp4", "/media/placeholder/a.jpg", "A bridge.", captions, false),
                        new Media("/media/a.mp4", "/media/a.jpg", "A bridge.", captions, true))
                .build();

        assertThat(check(exercise)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("media[0].placeholder", ViolationCode.CONFLICT),
                tuple("media[1].placeholder", ViolationCode.CONFLICT));
    }

    @Test
    void captionsRunInOrderWithoutOverlapAndHaveText() {
        var media = Samples.placeholderMedia("glute-bridge");
        var captions = List.of(new Caption(0, 5, "Lift."), new Caption(4, 8, "Hold."), new Caption(9, 9, ""));
        var exercise = Samples.exercise("glute-bridge")
                .media(new Media(media.videoUrl(), media.posterUrl(), media.altText(), captions, true))
                .build();

        assertThat(check(exercise)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("media[0].captions[1]", ViolationCode.MALFORMED),
                tuple("media[0].captions[2].text", ViolationCode.REQUIRED),
                tuple("media[0].captions[2]", ViolationCode.MALFORMED));
    }

    @Test
    void reportsCaptionsWithoutTimes() {
        var media = Samples.placeholderMedia("glute-bridge");
        var exercise = Samples.exercise("glute-bridge")
                .media(new Media(media.videoUrl(), media.posterUrl(), media.altText(),
                        List.of(new Caption(null, null, "Lift.")), true))
                .build();

        assertThat(check(exercise)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("media[0].captions[0].startSeconds", ViolationCode.REQUIRED),
                tuple("media[0].captions[0].endSeconds", ViolationCode.REQUIRED));
    }

    @Test
    void reportsAnUnknownExerciseInAProgressionOrRegression() {
        var exercise = Samples.exercise("glute-bridge")
                .progressions(new LevelLink("hopping-on-one-leg", Level.BASE))
                .regressions(new LevelLink("lying-still", Level.EASIER))
                .build();

        assertThat(check(exercise)).extracting(Violation::path, Violation::code, Violation::message).containsExactly(
                tuple("progressions[0].exerciseId", ViolationCode.UNKNOWN_REFERENCE, "no exercise 'hopping-on-one-leg'"),
                tuple("regressions[0].exerciseId", ViolationCode.UNKNOWN_REFERENCE, "no exercise 'lying-still'"));
    }

    @Test
    void aLinkPointsAtAnotherExerciseAndNamesALevel() {
        var exercise = Samples.exercise("glute-bridge")
                .progressions(new LevelLink("glute-bridge", Level.HARDER), new LevelLink("step-up", null))
                .build();

        assertThat(check(exercise)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("progressions[0].exerciseId", ViolationCode.SELF_REFERENCE),
                tuple("progressions[1].level", ViolationCode.REQUIRED));
    }

    @Test
    void reportsAMissingPurposeTargetAndWhen() {
        var exercise = Samples.exercise("glute-bridge").purpose(null).targets(null).when(List.of()).build();

        assertThat(check(exercise)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("purpose", ViolationCode.REQUIRED),
                tuple("targets", ViolationCode.REQUIRED),
                tuple("when", ViolationCode.REQUIRED));
    }

    @Test
    void reportsMissingAndRepeatedTargetsInTheList() {
        var exercise = Samples.exercise("glute-bridge")
                .targets(Arrays.asList(Target.GLUTES, null,
                        Target.GLUTES))
                .build();

        assertThat(check(exercise)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("targets[1]", ViolationCode.REQUIRED),
                tuple("targets[2]", ViolationCode.DUPLICATE));
    }

    @Test
    void reportsBlankTexts() {
        var exercise = Samples.exercise("glute-bridge")
                .name(" ")
                .summary(null)
                .cues(Arrays.asList("Lift slowly.", ""))
                .safetyNotes(List.of())
                .build();

        assertThat(check(exercise)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("name", ViolationCode.REQUIRED),
                tuple("summary", ViolationCode.REQUIRED),
                tuple("cues[1]", ViolationCode.REQUIRED),
                tuple("safetyNotes", ViolationCode.REQUIRED));
    }

    @Test
    void reportsAMalformedIdAndLocale() {
        var exercise = Samples.exercise("Glute Bridge!")
                .locale("english")
                .media(Samples.placeholderMedia("glute-bridge"))
                .build();

        assertThat(check(exercise)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("id", ViolationCode.MALFORMED),
                tuple("locale", ViolationCode.MALFORMED));
    }

    @Test
    void reportsTextThatIsTooLong() {
        var exercise = Samples.exercise("glute-bridge").name("x".repeat(81)).build();

        assertThat(check(exercise)).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("name", ViolationCode.TOO_LONG));
    }

    @Test
    void reportsEveryProblemAtOnceRatherThanStoppingAtTheFirst() {
        var media = Samples.placeholderMedia("glute-bridge");
        var exercise = Samples.exercise("glute-bridge")
                .name("")
                .targets(List.of())
                .when(null)
                .withoutLevel(Level.HARDER)
                .level(Level.BASE, Dosage.reps(9, 40, 30))
                .progressions(new LevelLink("nowhere", Level.BASE))
                .media(new Media(media.videoUrl(), media.posterUrl(), null, media.captions(), true))
                .build();

        assertThat(check(exercise)).extracting(Violation::path).containsExactlyInAnyOrder(
                "name", "targets", "when", "levels[1].dosage.sets", "levels[1].dosage.reps", "levels",
                "progressions[0].exerciseId", "media[0].altText");
    }

    @Test
    void requiringValidContentRefusesWithEveryViolation() {
        var exercise = Samples.exercise("glute-bridge").name("").targets(List.of()).build();

        assertThatThrownBy(() -> validator.require(exercise))
                .isInstanceOfSatisfying(InvalidContentException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::path).containsExactly("name", "targets"))
                .hasMessageContaining("name: must not be blank")
                .hasMessageContaining("targets: must name at least one target");
    }

    @Test
    void requiringValidContentHandsBackTheSameContent() {
        var exercise = Samples.exercise("glute-bridge").build();

        assertThat(validator.require(exercise).content()).isSameAs(exercise);
    }

    @Test
    void missingContentIsAViolationNotACrash() {
        assertThat(check(null)).extracting(Violation::code).containsExactly(ViolationCode.REQUIRED);
    }
}
