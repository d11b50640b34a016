package io.backstride.assessment.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

import io.backstride.platform.security.Caller;
import io.backstride.platform.security.Roles;
import io.backstride.platform.security.TokenValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The load benchmark's tokens pass the platform's validation with the key file the service is started with. */
class BenchTokensTest {

    @TempDir
    Path dir;

    @Test
    void aBenchRunnerTokenIsAcceptedByAServiceTrustingTheBenchKeyAndIssuer() throws Exception {
        assertThat(BenchTokens.writeKeys(dir)).isTrue();
        assertThat(BenchTokens.writeKeys(dir)).as("kept when present").isFalse();
        var tokens = BenchTokens.load(dir, BenchTokens.DEFAULT_ISSUER);

        var jwt = decoder(BenchTokens.DEFAULT_ISSUER).decode(bare(tokens.runner("load-1", "bench-race", Instant.now().plusSeconds(60))));
        var caller = Caller.of(jwt);

        assertThat(caller.runnerId()).isEqualTo("load-1");
        assertThat(caller.tenantId()).isEqualTo("bench-race");
        assertThat(caller.roles()).containsExactly(Roles.RUNNER);
        assertThatThrownBy(() -> decoder("http://identity.elsewhere").decode(bare(tokens.runner("load-1", "bench-race",
                Instant.now().plusSeconds(60))))).isInstanceOf(JwtValidationException.class);
    }

    private NimbusJwtDecoder decoder(String issuer) throws Exception {
        var pem = Files.readString(dir.resolve("public.pem"), StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        var key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        var decoder = NimbusJwtDecoder.withPublicKey(key).build();
        decoder.setJwtValidator(TokenValidation.validator(issuer, "backstride-api"));
        return decoder;
    }

    private static String bare(String authorization) {
        return authorization.substring("Bearer ".length());
    }
}
