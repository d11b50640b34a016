package io.backstride.content.domain.validation;

import static io.backstride.content.domain.validation.Violations.field;
import static io.backstride.content.domain.validation.Violations.item;

import io.backstride.content.domain.library.Caption;
import io.backstride.content.domain.library.Media;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** Media needs a video, a poster with alt text, captions in order, and honest placeholder marking. */
final class MediaRules {

    private MediaRules() {
    }

    static void checkAll(String path, List<Media> media, Violations violations) {
        for (int i = 0; i < media.size(); i++) {
            check(item(path, i), media.get(i), violations);
        }
    }

    private static void check(String path, Media media, Violations violations) {
        if (!violations.present(path, media)) {
            return;
        }
        var videoOk = reference(field(path, "videoUrl"), media.videoUrl(), violations);
        var posterOk = reference(field(path, "posterUrl"), media.posterUrl(), violations);
        violations.text(field(path, "altText"), media.altText(), TextLength.LINE);
        checkCaptions(field(path, "captions"), media.captions(), violations);
        if (videoOk && posterOk) {
            checkPlaceholder(path, media, violations);
        }
    }

    private static boolean reference(String path, String value, Violations violations) {
        if (!violations.text(path, value, TextLength.LINE)) {
            return false;
        }
        if (!isWebAddress(value)) {
            violations.add(path, ViolationCode.MALFORMED, "must be an http(s) URL or a path starting with /");
            return false;
        }
        return true;
    }

    private static boolean isWebAddress(String value) {
        try {
            var uri = new URI(value);
            if (uri.isAbsolute()) {
                return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
            }
            return value.startsWith("/") && !value.startsWith("//");
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    private static void checkPlaceholder(String path, Media media, Violations violations) {
        var underPlaceholderRoot = media.videoUrl().startsWith(Media.PLACEHOLDER_ROOT)
                && media.posterUrl().startsWith(Media.PLACEHOLDER_ROOT);
        var anyUnderPlaceholderRoot = media.videoUrl().startsWith(Media.PLACEHOLDER_ROOT)
                || media.posterUrl().startsWith(Media.PLACEHOLDER_ROOT);
        if (media.placeholder() && !underPlaceholderRoot) {
            violations.add(field(path, "placeholder"), ViolationCode.CONFLICT,
                    "placeholder media must live under " + Media.PLACEHOLDER_ROOT);
        } else if (!media.placeholder() && anyUnderPlaceholderRoot) {
            violations.add(field(path, "placeholder"), ViolationCode.CONFLICT,
                    "media under " + Media.PLACEHOLDER_ROOT + " must be marked as a placeholder");
        }
    }

    private static void checkCaptions(String path, List<Caption> captions, Violations violations) {
        if (captions.isEmpty()) {
            violations.add(path, ViolationCode.REQUIRED, "a video needs captions");
            return;
        }
        var previousEnd = 0;
        for (int i = 0; i < captions.size(); i++) {
            var caption = captions.get(i);
            var at = item(path, i);
            if (!violations.present(at, caption)) {
                continue;
            }
            violations.text(field(at, "text"), caption.text(), TextLength.LINE);
            var timed = violations.present(field(at, "startSeconds"), caption.startSeconds())
                    & violations.present(field(at, "endSeconds"), caption.endSeconds());
            if (!timed) {
                continue;
            }
            if (caption.startSeconds() < previousEnd || caption.endSeconds() <= caption.startSeconds()) {
                violations.add(at, ViolationCode.MALFORMED,
                        "must start at or after the previous caption ends and end after it starts");
            }
            previousEnd = Math.max(previousEnd, caption.endSeconds());
        }
    }
}
