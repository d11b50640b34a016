package io.backstride.localstack;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node KRaft broker (broker and controller in one process) on localhost. The storage in the data folder is
 * formatted on first start and kept afterwards, so topics and records survive a restart.
 */
final class KafkaBroker implements Component {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    KafkaBroker(Path dataDir, int port, int controllerPort) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    static KafkaBroker from(Arguments arguments) {
        return new KafkaBroker(arguments.path("data"), arguments.port("port", 9092),
                arguments.port("controller-port", 9093));
    }

    @Override
    public void start() throws Exception {
        KafkaConfig config = KafkaConfig.fromProps(serverProperties(), false);
        if (Files.notExists(dataDir.resolve("meta.properties"))) {
            format(config);
        }
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public String endpoints() {
        return bootstrapServers() + " (controller localhost:" + controllerPort + ", data " + dataDir + ")";
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    private void format(KafkaConfig config) throws Exception {
        Files.createDirectories(dataDir);
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setMetadataLogDirectory(config.metadataLogDir())
                .addDirectory(dataDir.toString())
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .run();
        log.info("formatted new Kafka storage in {}", dataDir);
    }

    private Properties serverProperties() {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        props.put("listeners", "PLAINTEXT://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("log.dirs", dataDir.toString());
        // Services declare their topics with explicit partitions; a typo must fail, not create a topic.
        props.put("auto.create.topics.enable", "false");
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        // Sized for a laptop, not a cluster: fewer internal partitions and threads, a small log-cleaner buffer
        // (the 128 MB default would take half of the broker's heap).
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "4");
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        props.put("group.initial.rebalance.delay.ms", "0");
        return props;
    }
}
