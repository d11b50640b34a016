package io.backstride.content.domain.validation;

import static io.backstride.content.domain.validation.Violations.field;
import static io.backstride.content.domain.validation.Violations.item;

import io.backstride.content.domain.library.ContentType;
import io.backstride.content.domain.library.Exercise;
import io.backstride.content.domain.library.ExerciseLevel;
import io.backstride.content.domain.library.Level;
import io.backstride.content.domain.library.LevelLink;
import java.util.EnumSet;
import java.util.List;

/** An exercise is complete: purpose, target, when, exactly three levels, links that resolve, cues, safety and media. */
final class ExerciseRules {

    private final KnownContent known;

    ExerciseRules(KnownContent known) {
        this.known = known;
    }

    void check(Exercise exercise, Violations violations) {
        violations.slug("id", exercise.id());
        violations.locale("locale", exercise.locale());
        violations.text("name", exercise.name(), TextLength.NAME);
        violations.text("summary", exercise.summary(), TextLength.LINE);
        violations.present("purpose", exercise.purpose());
        violations.someDistinct("targets", exercise.targets(), "target");
        violations.someDistinct("when", exercise.when(), "time to do it (pre-run, post-run or strength day)");
        violations.texts("equipment", exercise.equipment(), TextLength.NAME);
        checkLevels(exercise.levels(), violations);
        checkLinks("progressions", exercise.progressions(), exercise.id(), violations);
        checkLinks("regressions", exercise.regressions(), exercise.id(), violations);
        violations.someTexts("cues", exercise.cues(), TextLength.LINE, "cue");
        violations.someTexts("safetyNotes", exercise.safetyNotes(), TextLength.LINE, "safety note");
        if (exercise.media().isEmpty()) {
            violations.add("media", ViolationCode.REQUIRED, "an exercise needs a demonstration video");
        }
        MediaRules.checkAll("media", exercise.media(), violations);
    }

    private static void checkLevels(List<ExerciseLevel> levels, Violations violations) {
        var seen = EnumSet.noneOf(Level.class);
        for (int i = 0; i < levels.size(); i++) {
            var path = item("levels", i);
            var level = levels.get(i);
            if (!violations.present(path, level)) {
                continue;
            }
            if (violations.present(field(path, "level"), level.level()) && !seen.add(level.level())) {
                violations.add(field(path, "level"), ViolationCode.DUPLICATE, level.level() + " appears more than once");
            }
            violations.text(field(path, "title"), level.title(), TextLength.NAME);
            DosageRules.check(field(path, "dosage"), level.dosage(), violations);
            violations.someTexts(field(path, "instructions"), level.instructions(), TextLength.LINE, "instruction");
        }
        for (var missing : EnumSet.complementOf(seen)) {
            violations.add("levels", ViolationCode.MISSING_LEVEL, "the " + missing + " level is missing");
        }
    }

    private void checkLinks(String path, List<LevelLink> links, String ownId, Violations violations) {
        for (int i = 0; i < links.size(); i++) {
            var at = item(path, i);
            var link = links.get(i);
            if (!violations.present(at, link)) {
                continue;
            }
            violations.present(field(at, "level"), link.level());
            var target = field(at, "exerciseId");
            if (!violations.slug(target, link.exerciseId())) {
                continue;
            }
            if (link.exerciseId().equals(ownId)) {
                violations.add(target, ViolationCode.SELF_REFERENCE, "must point at another exercise");
            } else if (!known.exists(ContentType.EXERCISE, link.exerciseId())) {
                violations.add(target, ViolationCode.UNKNOWN_REFERENCE, "no exercise '" + link.exerciseId() + "'");
            }
        }
    }
}
