package io.backstride.content.domain.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.content.domain.library.Article;
import io.backstride.content.domain.library.Content;
import io.backstride.content.domain.library.ContentType;
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
import io.backstride.content.domain.review.ContentItem;
import io.backstride.content.domain.review.ContentPublished;
import io.backstride.content.domain.seed.SeedFiles.SeedFile;
import io.backstride.content.domain.validation.ContentValidator;
import io.backstride.content.domain.validation.DosageLimit;
import io.backstride.content.domain.validation.KnownContent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The whole seed library, checked as the loader will see it. */
class SeedContentTest {

    private static final List<SeedFile> FILES = SeedFiles.all();
    private static final List<Content> CONTENT = FILES.stream().map(SeedFile::content).toList();

    private static <T extends Content> List<T> all(Class<T> type) {
        return CONTENT.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Stream<Media> allMedia() {
        return Stream.concat(all(Exercise.class).stream().flatMap(exercise -> exercise.media().stream()),
                all(TechniqueCue.class).stream().flatMap(cue -> cue.media().stream()));
    }

    private static Article article(String slug) {
        return all(Article.class).stream().filter(article -> article.slug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void everySeedFileSitsAtLocaleCollectionIdAndSaysSoInside() {
        assertThat(FILES).isNotEmpty().allSatisfy(file -> {
            assertThat(file.content().id()).as(file.path().toString()).isEqualTo(file.fileId());
            assertThat(file.content().locale()).as(file.path().toString()).isEqualTo(file.locale());
            assertThat(file.content().type()).isEqualTo(file.type());
        });
    }

    @Test
    void everySeedFileIsExactlyTheJsonOfItsRecord() {
        assertThat(FILES).allSatisfy(file -> {
            JsonNode written = SeedFiles.JSON.valueToTree(file.content());
            assertThat(written).as(file.path().toString()).isEqualTo(SeedFiles.JSON.readTree(file.path().toFile()));
        });
    }

    @Test
    void everySeedItemPassesValidationWithLinksResolvedAcrossTheLibrary() {
        var validator = new ContentValidator(KnownContent.of(CONTENT));

        assertThat(FILES).allSatisfy(file ->
                assertThat(validator.check(file.content())).as(file.path().toString()).isEmpty());
    }

    @Test
    void idsAndSlugsAreUniquePerTypeAndLocale() {
        var keys = CONTENT.stream().map(Content::key).toList();

        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void thereAreAtLeastFourArticlesTenExercisesTwoTechniqueCuesAndAScopeStatement() {
        assertThat(all(Article.class)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(all(Exercise.class)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(all(TechniqueCue.class)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(all(ScopeStatement.class)).hasSize(1);
    }

    @Test
    void everyExerciseHasEasierBaseAndHarderLevelsEachWithDosageInRange() {
        assertThat(all(Exercise.class)).allSatisfy(exercise -> {
            assertThat(exercise.levels()).as(exercise.id()).extracting(ExerciseLevel::level)
                    .containsExactly(Level.EASIER, Level.BASE, Level.HARDER);
            assertThat(exercise.levels()).allSatisfy(level -> {
                var dosage = level.dosage();
                assertThat(DosageLimit.SETS.allows(dosage.sets())).as(exercise.id() + " sets").isTrue();
                assertThat(DosageLimit.REST_SECONDS.allows(dosage.restSeconds())).as(exercise.id() + " rest").isTrue();
                assertThat(dosage.reps() == null).as(exercise.id() + " reps xor hold")
                        .isNotEqualTo(dosage.holdSeconds() == null);
                if (dosage.reps() != null) {
                    assertThat(DosageLimit.REPS.allows(dosage.reps())).as(exercise.id() + " reps").isTrue();
                } else {
                    assertThat(DosageLimit.HOLD_SECONDS.allows(dosage.holdSeconds())).as(exercise.id()).isTrue();
                }
                assertThat(level.instructions()).as(exercise.id()).isNotEmpty();
            });
        });
    }

    @Test
    void everyExerciseHasATargetAWhenCuesSafetyNotesAndAVideo() {
        assertThat(all(Exercise.class)).allSatisfy(exercise -> {
            assertThat(exercise.purpose()).as(exercise.id()).isNotNull();
            assertThat(exercise.targets()).as(exercise.id()).isNotEmpty();
            assertThat(exercise.when()).as(exercise.id()).isNotEmpty();
            assertThat(exercise.cues()).as(exercise.id()).isNotEmpty();
            assertThat(exercise.safetyNotes()).as(exercise.id()).isNotEmpty();
            assertThat(exercise.media()).as(exercise.id()).isNotEmpty();
        });
    }

    @Test
    void everyMediaItemHasAltTextCaptionsAndAClearlyMarkedPlaceholder() {
        assertThat(allMedia()).isNotEmpty().allSatisfy(media -> {
            assertThat(media.altText()).as(media.videoUrl()).isNotBlank();
            assertThat(media.captions()).as(media.videoUrl()).isNotEmpty();
            assertThat(media.placeholder()).isTrue();
            assertThat(media.videoUrl()).startsWith(Media.PLACEHOLDER_ROOT).endsWith(".mp4");
            assertThat(media.posterUrl()).startsWith(Media.PLACEHOLDER_ROOT).endsWith(".jpg");
        });
    }

    @Test
    void everyProgressionAndRegressionLinkResolvesToAnotherSeedExercise() {
        var ids = all(Exercise.class).stream().map(Exercise::id).collect(Collectors.toSet());

        assertThat(all(Exercise.class)).allSatisfy(exercise ->
                assertThat(Stream.concat(exercise.progressions().stream(), exercise.regressions().stream()))
                        .as(exercise.id())
                        .allSatisfy(link -> {
                            assertThat(ids).contains(link.exerciseId());
                            assertThat(link.exerciseId()).isNotEqualTo(exercise.id());
                            assertThat(link.level()).isNotNull();
                        }));
        assertThat(all(Exercise.class).stream().flatMap(exercise -> exercise.progressions().stream()))
                .extracting(LevelLink::exerciseId).isNotEmpty();
    }

    @Test
    void theMixCoversMobilityBeforeAndAfterRunsAbdominalsObliquesGlutesAndAStep() {
        var exercises = all(Exercise.class);
        Predicate<Exercise> mobility = exercise -> exercise.purpose() == Purpose.MOBILITY
                && exercise.targets().contains(Target.LUMBAR_PELVIC_MOBILITY);

        assertThat(exercises).filteredOn(mobility.and(exercise -> exercise.when().contains(Occasion.PRE_RUN)))
                .isNotEmpty();
        assertThat(exercises).filteredOn(mobility.and(exercise -> exercise.when().contains(Occasion.POST_RUN)))
                .isNotEmpty();
        for (var target : List.of(Target.LOWER_ABDOMINALS, Target.OBLIQUES, Target.GLUTES)) {
            assertThat(exercises).as(target.name())
                    .filteredOn(exercise -> exercise.purpose() == Purpose.STRENGTH && exercise.targets().contains(target))
                    .isNotEmpty();
        }
        assertThat(exercises).filteredOn(exercise -> exercise.purpose() == Purpose.STEP)
                .isNotEmpty()
                .allSatisfy(step -> assertThat(step.summary()).containsIgnoringCase("pelvis"));
    }

    @Test
    void everyArticleHasAScopeNoteSayingItIsNotMedicalAdvice() {
        assertThat(all(Article.class)).allSatisfy(article ->
                assertThat(article.scopeNote()).as(article.slug()).contains("not medical advice"));
    }

    @Test
    void everyArticleTakesAFewMinutesToRead() {
        assertThat(all(Article.class)).allSatisfy(article ->
                assertThat(article.readingTime().minutes()).as(article.slug()).isBetween(1, 6));
    }

    @Test
    void isThisForYouSendsLegSymptomsWorseningOrUnrelatedPainToAProfessionalAndUrgentSignsToUrgentCare() {
        assertThat(article("is-this-for-you").body()).contains(
                "into one or both legs", "keeps getting worse", "nothing to do with running", "## Get urgent help now",
                "bladder or bowels", "saddle", "NHS 111", "A&E", "999");
    }

    @Test
    void theUsualPictureExplainsTiltAndLordosisWithoutBlamingPosture() {
        assertThat(article("the-usual-running-picture").body()).contains(
                "anterior pelvic tilt", "lumbar lordosis", "how little it changes", "## This is not bad posture",
                "overload");
    }

    @Test
    void theContributingFactorsAreHabitTechniqueStrengthAndFatigue() {
        assertThat(article("four-contributing-factors").body()).contains(
                "## 1. Habit", "## 2. Technique", "## 3. Strength", "## 4. Fatigue", "bending at the hips",
                "lower abdominal", "obliques", "glutes");
    }

    @Test
    void theTechniqueArticleCoversRunningTallLeaningAndCheckingFreshAndTired() {
        assertThat(article("running-technique-cues").body()).contains(
                "by your hair", "hips or pelvis", "fold forwards at the hips", "arch your lower back",
                "fresh and when you are tired");
    }

    @Test
    void theTechniqueCuesIncludeThePullUpwardsAndItsVariantStartedFromTheHips() {
        var cues = all(TechniqueCue.class).stream().collect(Collectors.toMap(TechniqueCue::id, cue -> cue));

        assertThat(cues.get("pulled-up-by-the-hair").cue()).contains("hair");
        assertThat(cues.get("lift-from-the-hips").variantOf()).isEqualTo("pulled-up-by-the-hair");
        assertThat(cues.get("lift-from-the-hips").cue()).contains("hips");
    }

    @Test
    void theScopeStatementSaysNotMedicalAdviceWhoItIsForAndWhereToGetUrgentHelp() {
        var scope = all(ScopeStatement.class).getFirst();

        assertThat(scope.notMedicalAdvice()).contains("not medical advice");
        assertThat(scope.suitableFor()).isNotEmpty();
        assertThat(String.join(" ", scope.notSuitableFor())).contains("legs", "getting worse", "not linked to running");
        assertThat(scope.urgentCare()).contains("NHS 111", "999");
    }

    @Test
    void everySeedItemCanBePublishedByTwoPeopleAndLoadingItAgainChangesNothing() {
        var validator = new ContentValidator(KnownContent.of(CONTENT));
        var at = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(CONTENT).allSatisfy(content -> {
            var valid = validator.require(content);
            var item = ContentItem.create(valid, "seed-author", at);
            item.submit("seed-author", at, "seed");
            item.approve("seed-reviewer", at, "seed");

            assertThat(item.releaseEvents()).singleElement().isInstanceOf(ContentPublished.class);
            assertThat(item.edit(valid, "seed-author", at)).isFalse();
            assertThat(item.versions()).hasSize(1);
        });
    }

    @Test
    void everyCollectionFolderIsAKnownContentType() {
        Map<ContentType, Long> perType = FILES.stream()
                .collect(Collectors.groupingBy(SeedFile::type, Collectors.counting()));

        assertThat(perType.keySet()).containsExactlyInAnyOrder(ContentType.values());
    }
}
