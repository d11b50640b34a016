package io.backstride.content.domain.validation;

import io.backstride.content.domain.library.Content;

/** Content that has passed validation; only {@link ContentValidator} makes one. */
public final class ValidContent {

    private final Content content;

    ValidContent(Content content) {
        this.content = content;
    }

    public Content content() {
        return content;
    }

    @Override
    public String toString() {
        return "valid " + content.key();
    }
}
