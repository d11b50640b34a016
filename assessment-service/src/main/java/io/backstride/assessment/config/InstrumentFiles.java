package io.backstride.assessment.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.backstride.assessment.domain.instrument.Instrument;
import io.backstride.assessment.domain.instrument.InstrumentSource;
import io.backstride.assessment.domain.screening.UrgentCareDirectory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads instrument and advice files, binding the domain records strictly: an unknown property (a misspelt
 * {@code "requried"}) fails loudly instead of being dropped, so a broken file stops start-up.
 */
final class InstrumentFiles implements InstrumentSource {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final ResourcePatternResolver resolver;
    private final List<String> locations;

    InstrumentFiles(ResourcePatternResolver resolver, List<String> locations) {
        this.resolver = resolver;
        this.locations = List.copyOf(locations);
    }

    @Override
    public List<Instrument> instruments() {
        var instruments = new ArrayList<Instrument>();
        var problems = new ArrayList<String>();
        for (var resource : resources()) {
            try {
                instruments.add(read(resource, Instrument.class));
            } catch (JacksonException e) {
                problems.add(describe(resource) + ": " + e.getOriginalMessage() + " at " + e.getPathReference());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Instrument files cannot be read: " + String.join("; ", problems));
        }
        if (instruments.isEmpty()) {
            throw new IllegalStateException("No instrument files found at " + locations);
        }
        return instruments;
    }

    UrgentCareDirectory urgentCare(String location) {
        var resource = resolver.getResource(location);
        if (!resource.exists()) {
            throw new IllegalStateException("No urgent-care advice at " + location);
        }
        try {
            return read(resource, UrgentCareDirectory.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("Urgent-care advice " + location + " cannot be read: "
                    + e.getOriginalMessage() + " at " + e.getPathReference(), e);
        }
    }

    private List<Resource> resources() {
        var resources = new ArrayList<Resource>();
        for (var location : locations) {
            try {
                resources.addAll(List.of(resolver.getResources(location)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list instrument files at " + location, e);
            }
        }
        resources.sort(Comparator.comparing(InstrumentFiles::describe));
        return resources;
    }

    private static <T> T read(Resource resource, Class<T> type) {
        try (InputStream in = resource.getInputStream()) {
            return STRICT.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + describe(resource), e);
        }
    }

    private static String describe(Resource resource) {
        return resource.getFilename() == null ? resource.getDescription() : resource.getFilename();
    }
}
