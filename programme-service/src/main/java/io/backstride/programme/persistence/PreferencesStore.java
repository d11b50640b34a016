package io.backstride.programme.persistence;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Runners' preferences as they set them through the API. */
@Component
public class PreferencesStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    PreferencesStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Optional<RunnerPreferences> find(String runnerId) {
        return Optional.ofNullable(mongo.findById(runnerId, PreferencesDocument.class))
                .map(document -> new RunnerPreferences(Set.copyOf(document.runDays()), ZoneId.of(document.zone())));
    }

    public void save(String runnerId, String tenantId, RunnerPreferences preferences) {
        mongo.save(new PreferencesDocument(runnerId, tenantId, preferences.runDays().stream().sorted().toList(),
                preferences.zone().getId(), clock.instant()));
    }
}
