package io.backstride.content.domain.library;

/** One timed caption of a video, in seconds from its start; times stay boxed so a missing one reaches validation. */
public record Caption(Integer startSeconds, Integer endSeconds, String text) {
}
