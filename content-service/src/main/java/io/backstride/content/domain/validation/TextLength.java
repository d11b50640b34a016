package io.backstride.content.domain.validation;

/** Longest allowed text per kind of field, in characters. */
enum TextLength {
    NAME(80),
    TITLE(120),
    LINE(400),
    PARAGRAPH(1500),
    BODY(20_000);

    final int max;

    TextLength(int max) {
        this.max = max;
    }
}
