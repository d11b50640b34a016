package io.backstride.identity.persistence;

import java.time.Instant;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

class SignInCountersImpl implements SignInCounters {

    private final MongoTemplate mongo;

    SignInCountersImpl(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public int recordFailure(String email) {
        AccountDocument updated = mongo.findAndModify(Query.query(Criteria.where("email").is(email)),
                new Update().inc("failedSignIns", 1), FindAndModifyOptions.options().returnNew(true), AccountDocument.class);
        return updated == null ? -1 : updated.getFailedSignIns();
    }

    @Override
    public void lockUntil(String email, Instant until) {
        mongo.updateFirst(Query.query(Criteria.where("email").is(email)), new Update().set("lockedUntil", until),
                AccountDocument.class);
    }

    @Override
    public void resetFailures(String accountId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(accountId).and("failedSignIns").gt(0)),
                new Update().set("failedSignIns", 0).unset("lockedUntil"), AccountDocument.class);
    }
}
