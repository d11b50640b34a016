package io.backstride.gateway;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rate limits with the buckets in Redis ({@code REDIS_URL}): a real {@code redis-server} from PATH on a free port,
 * started for this class and stopped after it. Skipped when no {@code redis-server} is installed.
 */
@EnabledIf(value = "redisServerInstalled",
        disabledReason = "redis-server is not on PATH (sudo apt-get install -y redis-server): Redis-backed rate limiting untested")
class RedisRateLimitIT extends AbstractRateLimitIT {

    private static final IdentityStub identity = IdentityStub.start();
    private static final StubService notification = StubService.start("notification");
    private static Process redis;
    private static int redisPort;

    static Optional<File> redisServer() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> new File(directory, "redis-server"))
                .filter(File::canExecute)
                .findFirst();
    }

    static boolean redisServerInstalled() {
        return redisServer().isPresent();
    }

    @DynamicPropertySource
    static void urls(DynamicPropertyRegistry registry) {
        registry.add("IDENTITY_ISSUER", identity::issuer);
        registry.add("IDENTITY_SERVICE_URL", identity::issuer);
        registry.add("NOTIFICATION_SERVICE_URL", notification::url);
        registry.add("REDIS_URL", () -> "redis://127.0.0.1:" + startRedis());
    }

    private static synchronized int startRedis() {
        if (redis == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                redisPort = socket.getLocalPort();
            }
            catch (IOException e) {
                throw new IllegalStateException(e);
            }
            try {
                redis = new ProcessBuilder(redisServer().orElseThrow().getPath(), "--port", String.valueOf(redisPort),
                        "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
            }
            catch (IOException e) {
                throw new IllegalStateException("cannot start redis-server", e);
            }
            await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> ping(redisPort));
        }
        return redisPort;
    }

    private static boolean ping(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return "+PONG".equals(new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine());
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        identity.close();
        notification.close();
        if (redis != null) {
            redis.destroy();
            redis.waitFor();
        }
    }

    @Override
    IdentityStub identity() {
        return identity;
    }

    @Autowired
    ReactiveStringRedisTemplate redisTemplate;

    @Test
    void bucketsLiveInRedisAndExpireWhenTheyWouldBeFullAgain() {
        String partner = "partner-" + UUID.randomUUID();
        IdentityStub.Token runner = identity.token().clientId(partner);
        client.get().uri(PATH).header(HttpHeaders.AUTHORIZATION, runner.bearer()).exchange().expectStatus().isOk();

        String userKey = "backstride:ratelimit:user:" + runner.subject();
        assertThat(redisTemplate.opsForHash().get(userKey, "tokens").block()).isEqualTo("2");
        assertThat(redisTemplate.opsForHash().get("backstride:ratelimit:client:" + partner, "tokens").block())
                .isEqualTo("4");
        // 3 tokens at 0.01/s: full again after 300 s
        assertThat(redisTemplate.getExpire(userKey).block()).isBetween(Duration.ofSeconds(290), Duration.ofSeconds(302));
    }
}
