package io.backstride.platform.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * MongoDB health by {@code ping}, which both real MongoDB and the embedded wire-protocol server answer
 * (Boot's own indicator sends {@code hello}, unknown to the embedded server).
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoOperations mongo;

    public MongoPingHealthIndicator(MongoOperations mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document result = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongoName())
                .withDetail("ok", result.get("ok"));
    }

    private String mongoName() {
        return mongo instanceof org.springframework.data.mongodb.core.MongoTemplate template
                ? template.getDb().getName() : "unknown";
    }
}
