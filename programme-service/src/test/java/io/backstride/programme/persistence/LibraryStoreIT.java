package io.backstride.programme.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.platform.test.WithKafkaAndMongo;
import io.backstride.programme.ConsumedTopics;
import io.backstride.programme.domain.Fixtures;
import io.backstride.programme.domain.library.LibraryExercise;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library is held in memory between content events; two stores on one database stand for two instances of the
 * service, only one of which consumes a given content event.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithKafkaAndMongo
@Import(ConsumedTopics.class)
class LibraryStoreIT {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;

    @Test
    void anInstanceThatDidNotConsumeAContentEventPlansFromTheNewLibrary() {
        var consuming = new LibraryStore(mongo, json, clock);
        var other = new LibraryStore(mongo, json, clock);
        var exercise = anExercise();
        other.library(); // held in memory from here

        consuming.publish(exercise, "en-GB", 1);

        assertThat(other.library().exercises()).extracting(LibraryExercise::id).contains(exercise.id());

        consuming.retire(LibraryStore.EXERCISE, exercise.id(), "en-GB", 2);

        assertThat(other.library().exercises()).extracting(LibraryExercise::id).doesNotContain(exercise.id());
    }

    @Test
    void theLibraryIsReadAgainOnlyWhenItsRevisionMoves() {
        var store = new LibraryStore(mongo, json, clock);

        var first = store.library();

        assertThat(store.library()).isSameAs(first);
        store.publish(anExercise(), "en-GB", 1);
        assertThat(store.library()).isNotSameAs(first);
    }

    @Test
    void aRedeliveredEventMovesTheRevisionSoACrashBetweenTheTwoWritesLeavesNoStaleCopy() {
        var store = new LibraryStore(mongo, json, clock);
        var exercise = anExercise();
        store.publish(exercise, "en-GB", 1);
        var held = store.library();

        var changed = store.publish(exercise, "en-GB", 1); // the redelivery: nothing new to store

        assertThat(changed).isFalse();
        assertThat(store.library()).isNotSameAs(held).isEqualTo(held);
    }

    private static LibraryExercise anExercise() {
        var template = Fixtures.library().exercises().getFirst();
        return new LibraryExercise("exercise-" + UUID.randomUUID(), template.purpose(), template.targets(),
                template.when(), template.levels(), java.util.List.of());
    }
}
