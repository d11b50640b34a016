package io.backstride.assessment.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.backstride.platform.security.Caller;
import io.backstride.platform.security.Roles;
import io.backstride.platform.test.TestTokens;

/**
 * Access tokens for the load benchmark, which runs the service in another JVM: a key pair kept on disk (the
 * service is started with {@code --backstride.security.public-key-location=file:<dir>/public.pem} and
 * {@code --backstride.security.issuer=<issuer>}), runner tokens shaped like identity-service's (and like
 * {@link TestTokens}'): issuer, audience {@code backstride-api}, {@code roles [RUNNER]}, {@code runner_id},
 * {@code tenant}, {@code client_id}. {@code TestTokens} itself cannot be used: its key lives only in the JVM that
 * made it.
 *
 * <pre>BenchTokens &lt;dir&gt;   writes &lt;dir&gt;/public.pem and &lt;dir&gt;/private.pem unless they exist</pre>
 */
public final class BenchTokens {

    public static final String DEFAULT_ISSUER = "http://bench.backstride.local";

    private final RSASSASigner signer;
    private final String issuer;

    private BenchTokens(RSAPrivateKey key, String issuer) {
        this.signer = new RSASSASigner(key);
        this.issuer = issuer;
    }

    public static void main(String[] args) throws Exception {
        var dir = Path.of(args.length > 0 ? args[0] : "target/bench-keys");
        if (writeKeys(dir)) {
            System.out.println("bench signing keys written to " + dir);
        }
    }

    /** Creates the key pair files unless both exist; true when it wrote them. */
    public static boolean writeKeys(Path dir) throws IOException, GeneralSecurityException {
        if (Files.isRegularFile(dir.resolve("public.pem")) && Files.isRegularFile(dir.resolve("private.pem"))) {
            return false;
        }
        Files.createDirectories(dir);
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var keys = generator.generateKeyPair();
        Files.writeString(dir.resolve("private.pem"), pem("PRIVATE KEY", keys.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("public.pem"), pem("PUBLIC KEY", keys.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        return true;
    }

    /** Signs with {@code <dir>/private.pem}. */
    public static BenchTokens load(Path dir, String issuer) throws IOException, GeneralSecurityException {
        var text = Files.readString(dir.resolve("private.pem"), StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        var key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text)));
        return new BenchTokens((RSAPrivateKey) key, issuer);
    }

    /** An {@code Authorization} value for a runner of this tenant, valid until {@code expiresAt}. */
    public String runner(String runnerId, String tenant, Instant expiresAt) {
        var now = Instant.now();
        var claims = new JWTClaimsSet.Builder().subject("account-of-" + runnerId).issuer(issuer)
                .audience(List.of("backstride-web", TestTokens.AUDIENCE)).issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt)).jwtID(UUID.randomUUID().toString())
                .claim(Caller.ROLES_CLAIM, List.of(Roles.RUNNER)).claim(Caller.CLIENT_ID_CLAIM, "backstride-web")
                .claim(Caller.TENANT_CLAIM, tenant).claim(Caller.RUNNER_ID_CLAIM, runnerId).build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("bench").build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return "Bearer " + jwt.serialize();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
