package io.backstride.programme.persistence;

import io.backstride.programme.domain.library.ExerciseLibrary;
import io.backstride.programme.domain.library.LibraryExercise;
import io.backstride.programme.domain.library.TechniqueCue;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local read model of the published library: upserted by id and locale, keeping only the latest
 * version; a retirement removes the entry from the library. Events for one id arrive in order (keyed by
 * content id), and a version not newer than the one held is ignored, so redeliveries change nothing.
 */
@Component
public class LibraryStore {

    static final String EXERCISE = "EXERCISE";
    static final String TECHNIQUE_CUE = "TECHNIQUE_CUE";

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final Clock clock;

    LibraryStore(MongoTemplate mongo, JsonMapper json, Clock clock) {
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
    }

    /** @return whether the library changed */
    public boolean publish(LibraryExercise exercise, String locale, int version) {
        return publish(EXERCISE, exercise.id(), locale, version, json.writeValueAsString(exercise));
    }

    public boolean publish(TechniqueCue cue, String locale, int version) {
        return publish(TECHNIQUE_CUE, cue.id(), locale, version, json.writeValueAsString(cue));
    }

    /** @return whether the library changed */
    public boolean retire(String contentType, String contentId, String locale, int version) {
        var entry = find(contentType, contentId, locale);
        if (entry.contentVersion() > version || entry.retired()) {
            return false;
        }
        entry.retire(version, clock.instant());
        mongo.save(entry);
        return true;
    }

    public ExerciseLibrary library() {
        var live = mongo.find(Query.query(Criteria.where("retired").is(false)), LibraryEntryDocument.class);
        var exercises = latestById(live, EXERCISE).stream()
                .map(entry -> json.readValue(entry.snapshot(), LibraryExercise.class)).toList();
        var cues = latestById(live, TECHNIQUE_CUE).stream()
                .map(entry -> json.readValue(entry.snapshot(), TechniqueCue.class)).toList();
        return new ExerciseLibrary(exercises, cues);
    }

    private boolean publish(String type, String id, String locale, int version, String snapshot) {
        var entry = find(type, id, locale);
        if (entry.contentVersion() >= version) {
            return false;
        }
        entry.publish(version, snapshot, clock.instant());
        mongo.save(entry);
        return true;
    }

    private LibraryEntryDocument find(String type, String id, String locale) {
        var entry = mongo.findById(type + ":" + id + ":" + locale, LibraryEntryDocument.class);
        return entry != null ? entry : new LibraryEntryDocument(type, id, locale);
    }

    /** One entry per content id (the newest version across locales): plans use ids, not wording. */
    private static List<LibraryEntryDocument> latestById(List<LibraryEntryDocument> entries, String type) {
        Map<String, LibraryEntryDocument> latest = entries.stream().filter(entry -> entry.contentType().equals(type))
                .collect(Collectors.toMap(LibraryEntryDocument::contentId, entry -> entry,
                        (a, b) -> a.contentVersion() >= b.contentVersion() ? a : b));
        return latest.values().stream().sorted(Comparator.comparing(LibraryEntryDocument::contentId)).toList();
    }
}
