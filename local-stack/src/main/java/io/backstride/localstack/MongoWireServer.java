package io.backstride.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB wire-protocol server on localhost, reached with the real MongoDB driver. It keeps its data in one H2
 * MVStore file in the data folder, so documents survive a restart, or in memory only.
 */
final class MongoWireServer implements Component {

    static final String DATA_FILE = "mongo.mv";

    private final Path dataDir;
    private final int port;
    private MongoServer server;

    private MongoWireServer(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    static MongoWireServer persistent(Path dataDir, int port) {
        return new MongoWireServer(dataDir, port);
    }

    static MongoWireServer inMemory(int port) {
        return new MongoWireServer(null, port);
    }

    static MongoWireServer from(Arguments arguments) {
        int port = arguments.port("port", 27017);
        return arguments.flag("memory") ? inMemory(port) : persistent(arguments.path("data"), port);
    }

    @Override
    public void start() throws Exception {
        server = new MongoServer(backend());
        server.bind("127.0.0.1", port);
    }

    String connectionString() {
        return "mongodb://localhost:" + port;
    }

    @Override
    public String endpoints() {
        return connectionString() + (dataDir == null ? " (in memory)" : " (data " + dataDir.resolve(DATA_FILE) + ")");
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }

    private MongoBackend backend() throws Exception {
        if (dataDir == null) {
            return new MemoryBackend();
        }
        Files.createDirectories(dataDir);
        return new H2Backend(dataDir.resolve(DATA_FILE).toString());
    }
}
