package io.backstride.content.domain.seed;

import io.backstride.content.domain.library.Content;
import io.backstride.content.domain.library.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads the seed folder from the test classpath the way the loader will: one record per file. */
final class SeedFiles {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    record SeedFile(Path path, String locale, ContentType type, Content content) {

        String fileId() {
            var name = path.getFileName().toString();
            return name.substring(0, name.length() - ".json".length());
        }
    }

    private SeedFiles() {
    }

    static Path root() {
        try {
            return Path.of(SeedFiles.class.getClassLoader().getResource("seed").toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static List<SeedFile> all() {
        try (Stream<Path> paths = Files.walk(root())) {
            return paths.filter(path -> path.toString().endsWith(".json")).sorted().map(SeedFiles::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SeedFile read(Path path) {
        var relative = root().relativize(path);
        if (relative.getNameCount() != 3) {
            throw new IllegalStateException(relative + " is not at seed/<locale>/<collection>/<id>.json");
        }
        var locale = relative.getName(0).toString();
        var collection = relative.getName(1).toString();
        var type = ContentType.fromCollection(collection)
                .orElseThrow(() -> new IllegalStateException("unknown seed folder " + collection));
        try {
            return new SeedFile(path, locale, type, JSON.readValue(path.toFile(), type.contentClass()));
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read " + relative + ": " + e.getMessage(), e);
        }
    }
}
