package io.backstride.content.domain.library;

import java.util.List;

/**
 * A running technique cue.
 *
 * @param cue       the short phrase a runner says to themselves
 * @param why       what the cue is meant to change, in plain words
 * @param practice  how to try it, step by step
 * @param variantOf id of the cue this one is a variant of, or null
 */
public record TechniqueCue(
        String id,
        String locale,
        String title,
        String cue,
        String why,
        List<String> practice,
        String variantOf,
        List<Media> media) implements Content {

    public TechniqueCue {
        practice = Copies.of(practice);
        media = Copies.of(media);
    }

    @Override
    public ContentType type() {
        return ContentType.TECHNIQUE_CUE;
    }
}
