package io.backstride.assessment.domain;

import io.backstride.assessment.domain.instrument.Instrument;
import io.backstride.assessment.domain.instrument.InstrumentSource;
import io.backstride.assessment.domain.screening.UrgentCareDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads instrument files the way the application will: Jackson 3 binding the domain records
 * directly, strict about unknown properties so that a misspelt field fails loudly instead of being
 * dropped.
 */
public final class InstrumentFiles implements InstrumentSource {

    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final List<Path> files;

    private InstrumentFiles(List<Path> files) {
        this.files = files;
    }

    /** The instrument files shipped under {@code src/main/resources/instruments/}. */
    public static InstrumentFiles shipped() {
        return new InstrumentFiles(shippedFiles());
    }

    public static List<Path> shippedFiles() {
        try (var listing = Files.list(resource("instruments/screening.json").getParent())) {
            return listing.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path urgentCareFile() {
        return resource("instruments/advice/urgent-care.json");
    }

    public static Instrument read(Path file) {
        return JSON.readValue(file.toFile(), Instrument.class);
    }

    public static Instrument readResource(String name) {
        return read(resource(name));
    }

    public static UrgentCareDirectory urgentCare() {
        return JSON.readValue(urgentCareFile().toFile(), UrgentCareDirectory.class);
    }

    public static Path resource(String name) {
        var url = InstrumentFiles.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("No resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Instrument> instruments() {
        return files.stream().map(InstrumentFiles::read).toList();
    }
}
