package io.backstride.programme.messaging;

import io.backstride.platform.inbox.InvalidEventException;
import io.backstride.programme.domain.library.Dosage;
import io.backstride.programme.domain.library.Level;
import io.backstride.programme.domain.library.LevelLink;
import io.backstride.programme.domain.library.LibraryExercise;
import io.backstride.programme.domain.library.Occasion;
import io.backstride.programme.domain.library.Purpose;
import io.backstride.programme.domain.library.Target;
import io.backstride.programme.domain.library.TechniqueCue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Tolerant reading of the content service's published exercise and technique cue (the {@code content} of
 * {@code ContentPublished.v1}): only the fields planning and progression use. Values this service does not
 * know (a new target, level or occasion) are skipped; an exercise whose purpose is unknown cannot be planned
 * and is not read.
 */
final class LibraryReading {

    private LibraryReading() {
    }

    static Optional<LibraryExercise> exercise(JsonNode content) {
        var purpose = known(Purpose.class, text(content, "id") == null ? null : text(content, "purpose"));
        if (purpose.isEmpty()) {
            return Optional.empty();
        }
        var levels = new EnumMap<Level, Dosage>(Level.class);
        for (var level : content.path("levels")) {
            var dosage = level.path("dosage");
            known(Level.class, text(level, "level")).ifPresent(name -> levels.put(name, new Dosage(
                    dosage.path("sets").asInt(1), integer(dosage, "reps"), integer(dosage, "holdSeconds"),
                    dosage.path("eachSide").asBoolean(false))));
        }
        var progressions = new ArrayList<LevelLink>();
        for (var link : content.path("progressions")) {
            known(Level.class, text(link, "level"))
                    .ifPresent(level -> progressions.add(new LevelLink(text(link, "exerciseId"), level)));
        }
        try {
            return Optional.of(new LibraryExercise(text(content, "id"), purpose.get(),
                    all(content.path("targets"), Target.class), all(content.path("when"), Occasion.class),
                    Map.copyOf(levels), progressions));
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("unreadable exercise: " + e.getMessage());
        }
    }

    static TechniqueCue techniqueCue(JsonNode content) {
        var id = text(content, "id");
        if (id == null) {
            throw new InvalidEventException("technique cue without id");
        }
        return new TechniqueCue(id, text(content, "variantOf"));
    }

    private static <E extends Enum<E>> Set<E> all(JsonNode values, Class<E> type) {
        var known = new HashSet<E>();
        values.forEach(value -> known(type, value.asString()).ifPresent(known::add));
        return known;
    }

    private static <E extends Enum<E>> Optional<E> known(Class<E> type, String name) {
        return java.util.Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(name)).findFirst();
    }

    static String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Integer integer(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    static <T> T required(JsonNode node, String field, Function<String, T> read) {
        var value = text(node, field);
        if (value == null) {
            throw new InvalidEventException("missing " + field);
        }
        return read.apply(value);
    }
}
