package io.backstride.content.application;

import io.backstride.content.domain.library.Content;
import io.backstride.content.domain.library.ContentType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binds content JSON (seed files, authoring requests) strictly into the library records, refusing unknown
 * fields so that a typo never silently drops data, and fingerprints content for seed hashes and ETags.
 */
@Component
public class ContentJson {

    private final JsonMapper strict;

    ContentJson(JsonMapper json) {
        this.strict = json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    public Content bind(byte[] json, ContentType type) {
        return strict.readValue(json, type.contentClass());
    }

    public Content bind(JsonNode json, ContentType type) {
        return strict.treeToValue(json, type.contentClass());
    }

    /** SHA-256 of the content's JSON: the record components in declaration order, so formatting does not count. */
    public String fingerprint(Content content) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(
                    strict.writeValueAsString(content).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
