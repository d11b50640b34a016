package io.backstride.content.web;

import io.backstride.content.application.ContentPage;
import io.backstride.content.application.PublishedContent;
import io.backstride.content.application.PublishedLibrary;
import io.backstride.content.domain.library.Article;
import io.backstride.content.domain.library.Audience;
import io.backstride.content.domain.library.Content;
import io.backstride.content.domain.library.ContentType;
import io.backstride.content.domain.library.Exercise;
import io.backstride.content.domain.library.Occasion;
import io.backstride.content.domain.library.Purpose;
import io.backstride.content.domain.library.Target;
import io.backstride.content.web.ContentResponses.ArticleSummary;
import io.backstride.content.web.ContentResponses.ExerciseSummary;
import io.backstride.content.web.ContentResponses.PageResponse;
import io.backstride.content.web.ContentResponses.PublishedResponse;
import io.backstride.content.web.ContentResponses.TechniqueCueSummary;
import io.backstride.platform.web.NotFoundException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published library for runners and other readers. Served from memory; every response carries an
 * ETag (a matching {@code If-None-Match} gets 304), {@code Cache-Control} and, for one item, the locale
 * served in {@code Content-Language}. The locale is chosen from {@code ?locale=} or else
 * {@code Accept-Language}, falling back to en-GB.
 *
 * <p>Caching is {@code private}: the content is the same for every reader, but only signed-in callers may read
 * it, and {@code public} would let a shared cache (CDN, proxy) store a response to an authenticated request and
 * serve it to anyone, token or not (RFC 9111 section 3.5). The caller's own cache (browser, app) keeps it and
 * revalidates with the ETag. {@code Vary: Authorization} is not used: tokens change every few minutes, so it
 * would only defeat the caller's cache while the response is the same anyway.
 */
@RestController
@RequestMapping(ContentReadController.BASE)
class ContentReadController {

    static final String BASE = "/api/v1/content";

    private final PublishedLibrary library;
    private final CacheControl liveCaching;
    private final CacheControl versionCaching = CacheControl.maxAge(Duration.ofDays(1)).cachePrivate().immutable();

    ContentReadController(PublishedLibrary library,
            @Value("${backstride.content.max-age:PT5M}") Duration maxAge) {
        this.library = library;
        this.liveCaching = CacheControl.maxAge(maxAge).cachePrivate();
    }

    @GetMapping("/exercises")
    ResponseEntity<PageResponse<ExerciseSummary>> exercises(
            @RequestParam(required = false) Purpose purpose,
            @RequestParam(required = false) Target target,
            @RequestParam(required = false) Occasion when,
            @RequestParam(required = false) String locale,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Predicate<Content> filter = content -> content instanceof Exercise exercise
                && (purpose == null || exercise.purpose() == purpose)
                && (target == null || exercise.targets().contains(target))
                && (when == null || exercise.when().contains(when));
        return list(ContentType.EXERCISE, filter, preferences(locale, acceptLanguage), page, size,
                ExerciseSummary::of);
    }

    @GetMapping("/articles")
    ResponseEntity<PageResponse<ArticleSummary>> articles(
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) Audience audience,
            @RequestParam(required = false) String locale,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Predicate<Content> filter = content -> content instanceof Article article
                && (tag == null || article.tags().contains(tag))
                && (audience == null || article.audience() == audience);
        return list(ContentType.ARTICLE, filter, preferences(locale, acceptLanguage), page, size, ArticleSummary::of);
    }

    @GetMapping("/technique-cues")
    ResponseEntity<PageResponse<TechniqueCueSummary>> techniqueCues(
            @RequestParam(required = false) String locale,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return list(ContentType.TECHNIQUE_CUE, content -> true, preferences(locale, acceptLanguage), page, size,
                TechniqueCueSummary::of);
    }

    @GetMapping("/exercises/{id}")
    ResponseEntity<PublishedResponse> exercise(@PathVariable String id,
            @RequestParam(required = false) @Min(1) Integer version, @RequestParam(required = false) String locale,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return one(ContentType.EXERCISE, id, version, preferences(locale, acceptLanguage));
    }

    /** Articles are addressed by their slug. */
    @GetMapping("/articles/{slug}")
    ResponseEntity<PublishedResponse> article(@PathVariable String slug,
            @RequestParam(required = false) @Min(1) Integer version, @RequestParam(required = false) String locale,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return one(ContentType.ARTICLE, slug, version, preferences(locale, acceptLanguage));
    }

    @GetMapping("/technique-cues/{id}")
    ResponseEntity<PublishedResponse> techniqueCue(@PathVariable String id,
            @RequestParam(required = false) @Min(1) Integer version, @RequestParam(required = false) String locale,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return one(ContentType.TECHNIQUE_CUE, id, version, preferences(locale, acceptLanguage));
    }

    @GetMapping("/scope-statements/{id}")
    ResponseEntity<PublishedResponse> scopeStatement(@PathVariable String id,
            @RequestParam(required = false) @Min(1) Integer version, @RequestParam(required = false) String locale,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return one(ContentType.SCOPE_STATEMENT, id, version, preferences(locale, acceptLanguage));
    }

    /** Spring answers 304 itself when {@code If-None-Match} matches the ETag set here. */
    private ResponseEntity<PublishedResponse> one(ContentType type, String id, Integer version, String preferences) {
        var found = (version == null ? library.latest(type, id, preferences)
                : library.version(type, id, preferences, version))
                .orElseThrow(() -> new NotFoundException("There is no published " + type.collection() + "/" + id
                        + (version == null ? "" : " version " + version) + "."));
        return ResponseEntity.ok()
                .eTag(found.etag())
                .cacheControl(version == null ? liveCaching : versionCaching)
                .header(HttpHeaders.CONTENT_LANGUAGE, found.key().locale())
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .body(PublishedResponse.of(found));
    }

    private <T> ResponseEntity<PageResponse<T>> list(ContentType type, Predicate<Content> filter, String preferences,
            int page, int size, Function<PublishedContent, T> summary) {
        ContentPage<PublishedContent> found = library.list(type, filter, preferences, page, size);
        return ResponseEntity.ok()
                .eTag(etagOf(found))
                .cacheControl(liveCaching)
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .body(PageResponse.of(found.map(summary)));
    }

    /** A list changes when any item on the page, or the number of matching items, does. */
    private static String etagOf(ContentPage<PublishedContent> page) {
        var state = new StringBuilder().append(page.totalItems()).append('/').append(page.page()).append('/')
                .append(page.size());
        page.items().forEach(item -> state.append('|').append(item.key()).append(item.etag()));
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(state.toString().getBytes(StandardCharsets.UTF_8));
            return "\"list-" + HexFormat.of().formatHex(digest, 0, 8) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String preferences(String locale, String acceptLanguage) {
        return locale != null && !locale.isBlank() ? locale : acceptLanguage;
    }
}
