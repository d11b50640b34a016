package io.backstride.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;

/**
 * The embedded MongoDB stand-in (mongo-java-server, memory backend) with the one thing a benchmark at 60,000 runners
 * needs from a real MongoDB: equality lookups through indexes.
 *
 * <p>The stock server uses an index only when a query names exactly that index's fields. Every other query is a
 * collection scan under the collection's lock — among them the two every log write makes: the optimistic-locking
 * save ({@code {_id, version}}) and the weekly buckets of a programme ({@code {programmeId}}, the prefix of the
 * unique {@code {programmeId, week}} index). Measured on this machine, each costs 70–110 ms at 60,000 documents
 * (1–5 ms at 1,000), so the stock server caps the service at about ten logs a second long before the service
 * itself matters. Real MongoDB answers both from an index.
 *
 * <p>This server plans like MongoDB does for equality: a query that pins {@code _id} to one value reads that one
 * document; a query that pins the leading field of any declared index (unique or not) to a string reads the documents
 * with that value; everything else is left to the stock server. The full query is still matched against each
 * candidate, so results are exactly the stock server's. The same goes for an aggregation's leading {@code $match}
 * (the driver's {@code countDocuments}, Spring's {@code exists} — the inbox asks it for every event consumed), which the
 * stock server answers by reading the whole collection. Usage: {@code IndexedMongoServer --port 47017}.
 */
public final class IndexedMongoServer {

    private IndexedMongoServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = 47017;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--port") && i + 1 < args.length) {
                port = Integer.parseInt(args[++i]);
            } else {
                System.err.println("usage: IndexedMongoServer [--port 47017]");
                System.exit(2);
            }
        }
        MongoServer server = new MongoServer(new IndexedMemoryBackend());
        server.bind("127.0.0.1", port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdownNow();
            stopped.countDown();
        }, "mongo-shutdown"));
        System.out.println("mongo ready on mongodb://localhost:" + port + " (in memory, indexed equality lookups)");
        System.out.flush();
        stopped.await();
    }

    /** The memory backend, with collections that use indexes for equality on their leading field. */
    public static final class IndexedMemoryBackend extends MemoryBackend {

        @Override
        public MemoryDatabase openOrCreateDatabase(String databaseName) {
            return new IndexedDatabase(databaseName, getCursorRegistry());
        }
    }

    /** The leading {@code $match} of the aggregation this thread is running, for its collection's first full read. */
    private record PushedDown(String collection, Document match) {
    }

    private static final ThreadLocal<PushedDown> PUSHED_DOWN = new ThreadLocal<>();

    static final class IndexedDatabase extends MemoryDatabase {

        /** Stages that read other collections: with them, nothing is pushed down. */
        private static final Set<String> READS_OTHERS = Set.of("$lookup", "$graphLookup", "$unionWith", "$facet");

        IndexedDatabase(String name, CursorRegistry cursors) {
            super(name, cursors);
        }

        /**
         * An aggregation reads its whole collection before its first stage, also for a leading {@code $match} (which
         * is what the driver's {@code countDocuments} and Spring's {@code exists} send): MongoDB would use an index
         * for it, so its query is handed to the collection's first full read. The stage still filters afterwards.
         */
        @Override
        public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver,
                                      Oplog oplog) {
            if ("aggregate".equals(command) && query.get("aggregate") instanceof String collection
                    && query.get("pipeline") instanceof List<?> pipeline && !pipeline.isEmpty()
                    && pipeline.getFirst() instanceof Document first && first.get("$match") instanceof Document match
                    && pipeline.stream().noneMatch(stage -> stage instanceof Document d
                    && d.keySet().stream().anyMatch(READS_OTHERS::contains))) {
                PUSHED_DOWN.set(new PushedDown(collection, match));
                try {
                    return super.handleCommand(channel, command, query, resolver, oplog);
                } finally {
                    PUSHED_DOWN.remove();
                }
            }
            return super.handleCommand(channel, command, query, resolver, oplog);
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new IndexedCollection(this, collectionName, options, cursorRegistry);
        }
    }

    /**
     * Keeps, for the leading field of every declared index other than {@code _id}, the positions of the documents per
     * string value. Every method that reads or changes these maps runs under the collection's lock (the public
     * operations of the synchronized collection are the only callers).
     */
    static final class IndexedCollection extends MemoryCollection {

        private static final String ID = "_id";

        private final Map<String, Map<Object, TreeSet<Integer>>> byField = new HashMap<>();

        IndexedCollection(MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors) {
            super(database, name, options, cursors);
        }

        @Override
        public synchronized void addIndex(Index<Integer> index) {
            super.addIndex(index);
            String leading = index.getKeys().getFirst().getKey();
            if (!leading.equals(ID) && !leading.contains(".") && !byField.containsKey(leading)) {
                Map<Object, TreeSet<Integer>> positions = new HashMap<>();
                byField.put(leading, positions);
                streamAllDocumentsWithPosition().forEach(entry ->
                        add(positions, entry.getDocument().get(leading), entry.getPosition()));
            }
        }

        @Override
        protected Integer addDocumentInternal(Document document) {
            Integer position = super.addDocumentInternal(document);
            byField.forEach((field, positions) -> add(positions, document.get(field), position));
            return position;
        }

        @Override
        protected void removeDocument(Integer position) {
            Document document = getDocument(position);
            if (document != null) {
                byField.forEach((field, positions) -> remove(positions, document.get(field), position));
            }
            super.removeDocument(position);
        }

        @Override
        protected void handleUpdate(Integer position, Document oldDocument, Document newDocument) {
            super.handleUpdate(position, oldDocument, newDocument);
            byField.forEach((field, positions) -> {
                Object before = oldDocument.get(field);
                Object after = newDocument.get(field);
                if (before == null ? after != null : !before.equals(after)) {
                    remove(positions, before, position);
                    add(positions, after, position);
                }
            });
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            PushedDown pushedDown = PUSHED_DOWN.get();
            if (query.isEmpty() && pushedDown != null && pushedDown.collection().equals(getCollectionName())) {
                PUSHED_DOWN.remove();
                query = pushedDown.match();
            }
            Object id = query.get(ID);
            if (isKey(id)) {
                for (Index<Integer> index : getIndexes()) {
                    if (index.getKeys().size() == 1 && index.getKeys().getFirst().getKey().equals(ID)) {
                        Integer position = index.getPosition(new Document(ID, id));
                        List<Integer> positions = position == null ? List.of() : List.of(position);
                        return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
                    }
                }
            }
            for (Index<Integer> index : getIndexes()) {
                if (index.canHandle(query)) {
                    return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
                }
            }
            for (String field : query.keySet()) {
                Map<Object, TreeSet<Integer>> positions = byField.get(field);
                Object value = query.get(field);
                if (positions != null && isKey(value)) {
                    Set<Integer> found = positions.get(value);
                    List<Integer> candidates = found == null ? List.of() : new ArrayList<>(found);
                    return matchDocuments(query, candidates, orderBy, numberToSkip, limit, batchSize, fieldSelector);
                }
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        /** A value an equality lookup can use as it is: no operator document, array, regex or number coercion. */
        private static boolean isKey(Object value) {
            return value instanceof String || value instanceof ObjectId;
        }

        private static void add(Map<Object, TreeSet<Integer>> positions, Object value, Integer position) {
            if (isKey(value)) {
                positions.computeIfAbsent(value, v -> new TreeSet<>()).add(position);
            }
        }

        private static void remove(Map<Object, TreeSet<Integer>> positions, Object value, Integer position) {
            if (isKey(value)) {
                TreeSet<Integer> set = positions.get(value);
                if (set != null) {
                    set.remove(position);
                    if (set.isEmpty()) {
                        positions.remove(value);
                    }
                }
            }
        }
    }
}
