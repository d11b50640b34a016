package io.backstride.content.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.backstride.platform.security.Caller;
import io.backstride.platform.security.SecuritySettings;
import io.backstride.platform.security.TokenValidation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * {@code bench/exercise-get.sh} mints its own access token with openssl: it must be one the service accepts when
 * started with the script's public key (read as the platform reads {@code public-key-location}) and its default
 * issuer, so the benchmark keeps measuring 200s.
 */
class BenchTokenTest {

    private static final Path SCRIPT = Path.of("bench/exercise-get.sh");

    @TempDir
    Path keys;

    @Test
    void theBenchTokenIsARunnerTokenTheServiceAcceptsWithTheBenchKey() throws Exception {
        assumeTrue(Files.isRegularFile(SCRIPT) && found("bash") && found("openssl"), "bash and openssl are needed");
        var publicKey = Path.of(run("key"));
        var token = run("token");

        var defaults = new SecuritySettings(null, null, null, null, null, null);
        var decoder = NimbusJwtDecoder.withPublicKey(read(publicKey)).build();
        decoder.setJwtValidator(TokenValidation.validator(defaults.issuer(), defaults.audience()));
        var caller = Caller.of(decoder.decode(token));

        assertThat(caller.roles()).containsExactly("RUNNER");
        assertThat(caller.runnerId()).isEqualTo("bench-runner");
        assertThat(caller.subject()).isNotBlank();
        assertThat(Files.readString(keys.resolve("private.pem"))).contains("PRIVATE KEY");
        assertThat(run("key")).as("the key pair is made once").isEqualTo(publicKey.toString());
    }

    private String run(String command) throws IOException, InterruptedException {
        var process = new ProcessBuilder("bash", SCRIPT.toString(), command).redirectErrorStream(false);
        process.environment().put("BENCH_KEYS", keys.toString());
        process.environment().remove("ISSUER");
        process.environment().remove("IDENTITY_ISSUER");
        var started = process.start();
        assertThat(started.waitFor(60, TimeUnit.SECONDS)).isTrue();
        var out = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(started.exitValue()).as(new String(started.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();
        return out;
    }

    private static RSAPublicKey read(Path pem) throws Exception {
        var base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static boolean found(String program) {
        return List.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
