package io.backstride.platform.test;

import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * One Kafka broker and one MongoDB server for the whole test JVM, started on first use: real {@code mongo}
 * and Kafka containers where a Docker engine runs, otherwise a real single-node KRaft broker in-process and
 * the embedded MongoDB wire-protocol server. The choice is printed once, so test output says which ran.
 */
public final class TestInfrastructure {

    private static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    private static final String MONGO_IMAGE = "mongo:8.0";

    private static volatile TestInfrastructure instance;

    private final String kafkaBootstrapServers;
    private final String mongoUri;
    private final String description;

    private TestInfrastructure(String kafkaBootstrapServers, String mongoUri, String description) {
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.mongoUri = mongoUri;
        this.description = description;
    }

    public static TestInfrastructure get() {
        if (instance == null) {
            synchronized (TestInfrastructure.class) {
                if (instance == null) {
                    instance = start();
                    System.out.println("[backstride-test] " + instance.description);
                }
            }
        }
        return instance;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public String mongoUri() {
        return mongoUri;
    }

    /** Spring properties that point a service at this infrastructure. */
    public Map<String, Object> springProperties() {
        return Map.of("spring.kafka.bootstrap-servers", kafkaBootstrapServers, "spring.mongodb.uri", mongoUri,
                "backstride.security.issuer", TestTokens.ISSUER,
                "backstride.security.public-key-location", TestTokens.publicKeyFile().toUri().toString());
    }

    private static TestInfrastructure start() {
        boolean docker = !"false".equals(System.getProperty("backstride.test.docker"))
                && DockerClientFactory.instance().isDockerAvailable();
        return docker ? startContainers() : startEmbedded();
    }

    private static TestInfrastructure startContainers() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);
        kafka.start();
        mongo.start();
        return new TestInfrastructure(kafka.getBootstrapServers(), mongo.getReplicaSetUrl(),
                "Docker found: Kafka container " + KAFKA_IMAGE + " and MongoDB replica-set container " + MONGO_IMAGE);
    }

    private static TestInfrastructure startEmbedded() {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 12);
        kafka.brokerProperties(Map.of("auto.create.topics.enable", "true", "group.initial.rebalance.delay.ms", "0",
                "log.dir", System.getProperty("java.io.tmpdir") + "/backstride-test-kafka-" + ProcessHandle.current().pid()));
        kafka.afterPropertiesSet();
        MongoServer mongo = new MongoServer(new MemoryBackend());
        java.net.InetSocketAddress address = mongo.bind();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.shutdownNow();
            kafka.destroy();
        }, "test-infrastructure-shutdown"));
        return new TestInfrastructure(kafka.getBrokersAsString(),
                "mongodb://127.0.0.1:" + address.getPort(),
                "No Docker engine: real Kafka KRaft broker in-process at " + kafka.getBrokersAsString()
                        + ", embedded MongoDB wire-protocol server (mongo-java-server) at 127.0.0.1:" + address.getPort()
                        + "; Testcontainers tests are skipped");
    }
}
