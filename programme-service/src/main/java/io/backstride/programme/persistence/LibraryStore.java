package io.backstride.programme.persistence;

import io.backstride.programme.domain.library.ExerciseLibrary;
import io.backstride.programme.domain.library.LibraryExercise;
import io.backstride.programme.domain.library.TechniqueCue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local read model of the published library: upserted by id and locale, keeping only the latest
 * version; a retirement removes the entry from the library. Events for one id arrive in order (keyed by
 * content id), and a version not newer than the one held is ignored, so redeliveries change nothing.
 *
 * <p>Every plan needs the whole library, which changes a few times a day: it is kept in memory and read again only
 * when the library's revision (one small document, {@code library_revision}) has moved. Every content event this
 * service handles moves it after writing its entry (also a redelivery, so a crash between the two writes cannot leave
 * a stale copy behind), and a reader reads the revision before the entries, so a copy is never older than the
 * revision it is filed under. An instance that did not consume the event sees the new revision on its next plan.
 * A copy is also dropped after {@link #MAX_AGE} whatever the revision says.
 */
@Component
public class LibraryStore {

    static final String EXERCISE = "EXERCISE";
    static final String TECHNIQUE_CUE = "TECHNIQUE_CUE";
    static final String REVISIONS = "library_revision";
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final Query REVISION = Query.query(Criteria.where("_id").is("library"));

    private record Copy(long revision, ExerciseLibrary library, Instant readAt) {
    }

    private volatile Copy copy;

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
        var changed = publish(EXERCISE, exercise.id(), locale, version, json.writeValueAsString(exercise));
        moveRevision();
        return changed;
    }

    public boolean publish(TechniqueCue cue, String locale, int version) {
        var changed = publish(TECHNIQUE_CUE, cue.id(), locale, version, json.writeValueAsString(cue));
        moveRevision();
        return changed;
    }

    /** @return whether the library changed */
    public boolean retire(String contentType, String contentId, String locale, int version) {
        var entry = find(contentType, contentId, locale);
        var changed = entry.contentVersion() <= version && !entry.retired();
        if (changed) {
            entry.retire(version, clock.instant());
            mongo.save(entry);
        }
        moveRevision();
        return changed;
    }

    /** The published library, from memory unless its revision moved since it was read. */
    public ExerciseLibrary library() {
        var revision = revision();
        var held = copy;
        if (held != null && held.revision() == revision
                && held.readAt().plus(MAX_AGE).isAfter(clock.instant())) {
            return held.library();
        }
        var library = read();
        copy = new Copy(revision, library, clock.instant());
        return library;
    }

    /** After the entry is written, also when nothing changed (a redelivery after a crash between the two writes). */
    private void moveRevision() {
        mongo.upsert(REVISION, new Update().inc("revision", 1), REVISIONS);
    }

    private long revision() {
        var document = mongo.findOne(REVISION, org.bson.Document.class, REVISIONS);
        return document == null ? 0 : ((Number) document.get("revision")).longValue();
    }

    private ExerciseLibrary read() {
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
