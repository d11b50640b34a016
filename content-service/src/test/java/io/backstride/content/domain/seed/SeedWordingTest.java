package io.backstride.content.domain.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Our texts take the source article's facts, never its sentences. */
class SeedWordingTest {

    /** Longest run of words allowed in common: enough for names such as "running-related low back pain". */
    private static final int LONGEST_SHARED_RUN = 5;
    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");

    @Test
    void noSeedTextRepeatsSixWordsInARowFromTheSourceArticle() throws IOException {
        var source = sourceArticle();
        assumeTrue(source.isPresent(), "the source article (shared/seed) is not beside this checkout");
        var sourceRuns = runs(words(Files.readString(source.get())));

        var copied = new ArrayList<String>();
        for (var file : SeedFiles.all()) {
            texts(SeedFiles.JSON.readTree(file.path().toFile())).forEach(text -> {
                var words = words(text);
                for (int i = 0; i + LONGEST_SHARED_RUN < words.size(); i++) {
                    var run = String.join(" ", words.subList(i, i + LONGEST_SHARED_RUN + 1));
                    if (sourceRuns.contains(run)) {
                        copied.add(file.fileId() + ": " + run);
                    }
                }
            });
        }

        assertThat(copied).isEmpty();
    }

    private static Optional<Path> sourceArticle() {
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            var candidate = dir.resolve("shared/seed/running-low-back-pain.txt");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Set<String> runs(List<String> words) {
        var runs = new HashSet<String>();
        for (int i = 0; i + LONGEST_SHARED_RUN < words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + LONGEST_SHARED_RUN + 1)));
        }
        return runs;
    }

    private static List<String> words(String text) {
        var normalised = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        return WORD.matcher(normalised).results().map(match -> match.group()).toList();
    }

    private static Stream<String> texts(JsonNode node) {
        if (node.isString()) {
            return Stream.of(node.asString());
        }
        return node.valueStream().flatMap(SeedWordingTest::texts);
    }
}
