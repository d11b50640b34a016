package io.backstride.content.domain.library;

import java.util.regex.Pattern;

/** How long a Markdown text takes to read, counting words of prose and not markup. */
public record ReadingTime(int words, int minutes) {

    /** A relaxed pace for reading health information on a phone. */
    public static final int WORDS_PER_MINUTE = 200;

    private static final Pattern IMAGE_OR_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    public static ReadingTime of(String markdown) {
        if (markdown == null) {
            return new ReadingTime(0, 0);
        }
        var prose = IMAGE_OR_LINK.matcher(markdown).replaceAll("$1");
        var words = (int) WORD.matcher(prose).results().count();
        var minutes = (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE;
        return new ReadingTime(words, minutes);
    }
}
