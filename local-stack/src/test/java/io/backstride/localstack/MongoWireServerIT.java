package io.backstride.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoWireServerIT {

    @TempDir
    Path data;

    private final int port = FreePorts.next();

    @Test
    void keepsDocumentsAcrossARestart() throws Exception {
        try (MongoWireServer server = MongoWireServer.persistent(data, port)) {
            server.start();
            try (MongoClient client = MongoClients.create(server.connectionString())) {
                programmes(client).insertOne(new Document("_id", "programme-1").append("runnerId", "runner-1"));
                assertThat(programmes(client).find(Filters.eq("runnerId", "runner-1")).first()).isNotNull();
            }
        }
        assertThat(data.resolve(MongoWireServer.DATA_FILE)).exists();

        try (MongoWireServer server = MongoWireServer.persistent(data, port)) {
            server.start();
            try (MongoClient client = MongoClients.create(server.connectionString())) {
                Document found = programmes(client).find(Filters.eq("_id", "programme-1")).first();

                assertThat(found).isNotNull();
                assertThat(found.getString("runnerId")).isEqualTo("runner-1");
            }
        }
    }

    @Test
    void forgetsEverythingInMemoryMode() throws Exception {
        try (MongoWireServer server = MongoWireServer.inMemory(port)) {
            server.start();
            try (MongoClient client = MongoClients.create(server.connectionString())) {
                programmes(client).insertOne(new Document("_id", "programme-1"));
                assertThat(programmes(client).countDocuments()).isEqualTo(1);
            }
        }

        try (MongoWireServer server = MongoWireServer.inMemory(port)) {
            server.start();
            try (MongoClient client = MongoClients.create(server.connectionString())) {
                assertThat(programmes(client).countDocuments()).isZero();
            }
        }
    }

    @Test
    void refusesADataFileAnotherServerHolds() throws Exception {
        try (MongoWireServer first = MongoWireServer.persistent(data, port);
             MongoWireServer second = MongoWireServer.persistent(data, FreePorts.next())) {
            first.start();

            assertThatThrownBy(second::start).hasMessageContaining("locked");
        }
    }

    private static MongoCollection<Document> programmes(MongoClient client) {
        return client.getDatabase("programme").getCollection("programmes");
    }
}
