package io.backstride.programme.persistence;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A runner's preferred running days and time zone, keyed by runner id. */
@Document(PreferencesDocument.COLLECTION)
record PreferencesDocument(@Id String runnerId, String tenantId, List<DayOfWeek> runDays, String zone,
                           Instant updatedAt) {

    static final String COLLECTION = "runner_preferences";
}
