package io.backstride.content.domain.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.content.domain.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadingTimeTest {

    private static String words(int count) {
        return "word ".repeat(count);
    }

    @ParameterizedTest(name = "{0} words take {1} minute(s)")
    @CsvSource({"1, 1", "200, 1", "201, 2", "400, 2", "401, 3", "1000, 5"})
    void readsTwoHundredWordsAMinuteRoundingUp(int words, int minutes) {
        assertThat(ReadingTime.of(words(words))).isEqualTo(new ReadingTime(words, minutes));
    }

    @Test
    void countsProseAndNotMarkdownSyntaxOrLinkAddresses() {
        var markdown = """
                ## Get urgent help

                - **Call** NHS 111, or read [the NHS page](https://www.nhs.uk/conditions/back-pain/).
                - ![A runner stretching](/media/poster.jpg)
                > A quote
                """;

        assertThat(ReadingTime.of(markdown).words()).isEqualTo(16);
    }

    @Test
    void countsHyphenatedAndShortenedWordsOnce() {
        assertThat(ReadingTime.of("Don't over-stride; hip-width feet, runner’s cue.").words()).isEqualTo(6);
    }

    @Test
    void anEmptyBodyTakesNoTime() {
        assertThat(ReadingTime.of("")).isEqualTo(new ReadingTime(0, 0));
        assertThat(ReadingTime.of(null)).isEqualTo(new ReadingTime(0, 0));
    }

    @Test
    void anArticlesReadingTimeComesFromItsBody() {
        var article = Samples.article("long-read", "# Title\n\n" + words(450));

        assertThat(article.readingTime()).isEqualTo(new ReadingTime(451, 3));
    }
}
