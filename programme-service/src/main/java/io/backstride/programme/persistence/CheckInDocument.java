package io.backstride.programme.persistence;

import io.backstride.programme.domain.assessment.Outcome;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A weekly check-in as received: kept so that a programme planned after it still hears of its red flags. */
@Document(CheckInDocument.COLLECTION)
@CompoundIndex(name = "runner_check_ins", def = "{'runnerId': 1, 'completedAt': -1}")
record CheckInDocument(@Id String id, String tenantId, String runnerId, Instant completedAt, Outcome outcome,
                       List<String> newRedFlags) {

    static final String COLLECTION = "check_ins";
}
