package io.backstride.platform.it;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.backstride.platform.inbox.Inbox;
import io.backstride.platform.inbox.InvalidEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A consumer whose effect is deliberately not idempotent by itself ({@code $inc}), so that only the
 * platform's processed-event check stands between a redelivery and a double effect.
 */
@Component
public class ParcelReceipts {

    private final Inbox inbox;
    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final AtomicInteger attempts = new AtomicInteger();

    ParcelReceipts(Inbox inbox, MongoTemplate mongo, JsonMapper json) {
        this.inbox = inbox;
        this.mongo = mongo;
        this.json = json;
    }

    @KafkaListener(topics = Parcels.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.process(record, event -> {
            attempts.incrementAndGet();
            JsonNode payload = json.readTree(event.data());
            if (!payload.hasNonNull("parcelId")) {
                throw new InvalidEventException("ParcelLabelled without parcelId");
            }
            String parcelId = payload.get("parcelId").asString();
            if (failing.contains(parcelId)) {
                throw new IllegalStateException("downstream unavailable for " + parcelId);
            }
            mongo.upsert(Query.query(Criteria.where("_id").is(parcelId)), new Update().inc("count", 1),
                    "parcel_receipts");
        });
    }

    public int count(String parcelId) {
        Document receipt = mongo.findById(parcelId, Document.class, "parcel_receipts");
        return receipt == null ? 0 : receipt.getInteger("count");
    }

    public void failFor(String parcelId) {
        failing.add(parcelId);
    }

    public void recover(String parcelId) {
        failing.remove(parcelId);
    }

    public int attempts() {
        return attempts.get();
    }
}
