package io.backstride.content.domain.library;

import java.util.List;

/**
 * A demonstration video with its poster image.
 *
 * @param videoUrl    absolute http(s) URL or a path on this platform, e.g. {@code /media/...}
 * @param altText     describes the poster image for people who cannot see it
 * @param captions    timed captions of the video
 * @param placeholder true while the reference points at a stand-in under {@code /media/placeholder/};
 *                    absent means false
 */
public record Media(String videoUrl, String posterUrl, String altText, List<Caption> captions, Boolean placeholder) {

    public static final String PLACEHOLDER_ROOT = "/media/placeholder/";

    public Media {
        captions = Copies.of(captions);
        placeholder = Boolean.TRUE.equals(placeholder);
    }
}
