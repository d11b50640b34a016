package io.backstride.assessment.domain.instrument;

import io.backstride.assessment.domain.InstrumentFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An instrument or rule that changes must change its version, or recorded decisions would name a
 * version that no longer means what it meant. {@code instruments/fingerprints.properties} (test
 * resources) holds a SHA-256 per shipped file version and per rule version; entries are only ever
 * added, so the file is also the history of every version that has answered runners.
 */
class InstrumentFingerprintTest {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @Test
    void everyShippedFileThatChangedCarriesANewVersion() throws IOException {
        var current = new TreeMap<String, String>();
        for (var file : InstrumentFiles.shippedFiles()) {
            var instrument = InstrumentFiles.read(file);
            current.put("file." + instrument.id() + "@" + instrument.version(), fileHash(file));
        }
        var advice = InstrumentFiles.urgentCare();
        current.put("file.urgent-care@" + advice.version(), fileHash(InstrumentFiles.urgentCareFile()));
        assertRecorded(current);
    }

    @Test
    void everyRuleThatChangedCarriesANewRuleVersion() throws IOException {
        var current = new TreeMap<String, String>();
        for (var file : InstrumentFiles.shippedFiles()) {
            var instrument = InstrumentFiles.read(file);
            instrument.safetyRules().forEach(rule -> current.put(ruleKey(instrument, rule.id(), rule.version()), hash(CANONICAL.writeValueAsString(rule))));
            instrument.factorRules().forEach(rule -> current.put(ruleKey(instrument, rule.id(), rule.version()), hash(CANONICAL.writeValueAsString(rule))));
            instrument.trendRules().forEach(rule -> current.put(ruleKey(instrument, rule.id(), rule.version()), hash(CANONICAL.writeValueAsString(rule))));
        }
        assertRecorded(current);
    }

    private static void assertRecorded(Map<String, String> current) throws IOException {
        var recorded = recorded();
        var changedInPlace = new ArrayList<String>();
        var unrecorded = new ArrayList<String>();
        current.forEach((key, hash) -> {
            var known = recorded.getProperty(key);
            if (known == null) {
                unrecorded.add(key + "=" + hash);
            } else if (!known.equals(hash)) {
                changedInPlace.add(key);
            }
        });
        var message = new StringBuilder();
        if (!changedInPlace.isEmpty()) {
            message.append("Changed without a version bump (bump the version, then record the new one): ")
                    .append(changedInPlace).append('\n');
        }
        if (!unrecorded.isEmpty()) {
            message.append("New versions: once reviewed, add these lines to src/test/resources/instruments/fingerprints.properties:\n")
                    .append(String.join("\n", unrecorded)).append('\n');
        }
        if (!message.isEmpty()) {
            throw new AssertionError(message.toString());
        }
    }

    private static String ruleKey(Instrument instrument, String ruleId, int version) {
        return "rule." + instrument.id() + "/" + ruleId + "@" + version;
    }

    private static Properties recorded() throws IOException {
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(InstrumentFiles.resource("instruments/fingerprints.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    private static String fileHash(Path file) throws IOException {
        return hash(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
