package io.backstride.identity.config;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.util.Base64;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import io.backstride.identity.persistence.SigningKeyDocument;
import io.backstride.identity.persistence.SigningKeyRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * The RSA key tokens are signed with: from {@code IDENTITY_SIGNING_KEY} (a PKCS#8 PEM private key) in
 * production; otherwise generated once and kept in MongoDB, so a local run's tokens survive restarts.
 */
final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final String LOCAL_KEY = "local";

    private SigningKeys() {
    }

    static RSAKey load(String pem, SigningKeyRepository store, Clock clock) {
        if (pem != null && !pem.isBlank()) {
            RSAKey key = fromPem(pem);
            log.info("Signing tokens with the key from IDENTITY_SIGNING_KEY (kid {})", key.getKeyID());
            return key;
        }
        SigningKeyDocument stored = store.findById(LOCAL_KEY).orElseGet(() -> generate(store, clock));
        RSAKey key = fromPem(stored.privateKeyPem());
        log.warn("No IDENTITY_SIGNING_KEY: signing tokens with a generated key kept in MongoDB (kid {}, created {}). "
                + "Fine for local runs; configure IDENTITY_SIGNING_KEY in production.", key.getKeyID(), stored.createdAt());
        return key;
    }

    private static SigningKeyDocument generate(SigningKeyRepository store, Clock clock) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            SigningKeyDocument document = new SigningKeyDocument(LOCAL_KEY, fromPem(pem).getKeyID(), pem, clock.instant());
            try {
                return store.insert(document);
            } catch (DuplicateKeyException anotherInstanceWasFaster) {
                return store.findById(LOCAL_KEY).orElseThrow();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    static RSAKey fromPem(String pem) {
        try {
            String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new RSAKey.Builder(publicKey).privateKey(privateKey).keyIDFromThumbprint().build();
        } catch (GeneralSecurityException | JOSEException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("IDENTITY_SIGNING_KEY must be an RSA private key in PKCS#8 PEM "
                    + "(-----BEGIN PRIVATE KEY-----)", e);
        }
    }
}
