package io.backstride.identity.domain;

/** One version of the text a runner agrees to before Backstride processes any of their health data. */
public record ConsentText(int version, String title, String text) {

    public ConsentText {
        if (version < 1 || title == null || title.isBlank() || text == null || text.isBlank()) {
            throw new IllegalArgumentException("a consent text needs a positive version, a title and a text");
        }
    }
}
