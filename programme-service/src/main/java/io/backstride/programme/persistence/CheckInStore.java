package io.backstride.programme.persistence;

import io.backstride.programme.domain.assessment.CheckIn;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Check-ins received from the assessment service. */
@Component
public class CheckInStore {

    private final MongoTemplate mongo;

    CheckInStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void received(CheckIn checkIn, String runnerId, String tenantId) {
        mongo.save(new CheckInDocument(checkIn.checkInId(), tenantId, runnerId, checkIn.completedAt(),
                checkIn.outcome(), checkIn.newRedFlags()));
    }

    /** The runner's check-ins completed after {@code since}, oldest first. */
    public List<CheckIn> after(String runnerId, Instant since) {
        var query = Query.query(Criteria.where("runnerId").is(runnerId).and("completedAt").gt(since))
                .with(Sort.by("completedAt"));
        return mongo.find(query, CheckInDocument.class).stream()
                .map(document -> new CheckIn(document.id(), document.completedAt(), document.outcome(),
                        document.newRedFlags()))
                .toList();
    }
}
