package io.backstride.content.application;

import io.backstride.content.domain.library.Content;
import io.backstride.content.domain.library.ContentKey;
import io.backstride.content.domain.library.ContentType;
import io.backstride.content.domain.library.LocaleFallback;
import io.backstride.content.domain.review.ContentItem;
import io.backstride.content.domain.review.ContentVersion;
import io.backstride.content.domain.review.ReviewAction;
import io.backstride.content.domain.review.Transition;
import io.backstride.content.persistence.ContentStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The published library as readers see it, served from memory: every live version, loaded from the store
 * at start (after the seed), replaced on every publish or retirement made by this instance, and reloaded
 * periodically to pick up changes made by other instances. Older versions asked for by number come from
 * the store.
 */
@Component
@Order(SeedLoader.ORDER + 1)
public class PublishedLibrary implements ApplicationRunner {

    private final ContentStore store;
    private final ContentJson json;
    private volatile Map<ContentKey, PublishedContent> live = Map.of();
    /** type → id (sorted) → locale → live version; rebuilt on every change (the library is small). */
    private volatile Map<ContentType, TreeMap<String, Map<String, PublishedContent>>> index = Map.of();

    PublishedLibrary(ContentStore store, ContentJson json) {
        this.store = store;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        reload();
    }

    @Scheduled(initialDelayString = "${backstride.content.cache-reload:PT1M}",
            fixedDelayString = "${backstride.content.cache-reload:PT1M}")
    public synchronized void reload() {
        replace(store.allLive().stream().flatMap(item -> liveOf(item).stream())
                .collect(Collectors.toMap(PublishedContent::key, entry -> entry)));
    }

    /** Serves what the item has live now, or stops serving it. */
    public synchronized void refresh(ContentItem item) {
        var next = new HashMap<>(live);
        next.remove(item.key());
        liveOf(item).ifPresent(entry -> next.put(entry.key(), entry));
        replace(next);
    }

    /** The live version of an id in the best locale for the caller's preferences (an Accept-Language value). */
    public Optional<PublishedContent> latest(ContentType type, String id, String preferences) {
        return locales(type, id).flatMap(locales -> choose(locales, preferences));
    }

    /** A version that was published, live or not, in the locale {@link #latest} would choose. */
    public Optional<PublishedContent> version(ContentType type, String id, String preferences, int number) {
        return latest(type, id, preferences).flatMap(current -> current.version() == number
                ? Optional.of(current)
                : store.find(current.key()).flatMap(stored -> published(stored.item(), number, false)));
    }

    /** Live content of one type, one locale per id chosen by preference, filtered, sorted by id. */
    public ContentPage<PublishedContent> list(ContentType type, Predicate<Content> filter, String preferences,
            int page, int size) {
        var matching = index.getOrDefault(type, new TreeMap<>()).values().stream()
                .flatMap(locales -> choose(locales, preferences).stream())
                .filter(entry -> filter.test(entry.content()))
                .toList();
        var from = Math.min(matching.size(), page * size);
        var to = Math.min(matching.size(), from + size);
        return new ContentPage<>(matching.subList(from, to), page, size, matching.size());
    }

    private Optional<Map<String, PublishedContent>> locales(ContentType type, String id) {
        return Optional.ofNullable(index.getOrDefault(type, new TreeMap<>()).get(id));
    }

    /** By preference with fallback to en-GB; when the item has no en-GB either, its first locale. */
    private static Optional<PublishedContent> choose(Map<String, PublishedContent> locales, String preferences) {
        return LocaleFallback.chooseForHeader(preferences, locales.keySet())
                .or(() -> locales.keySet().stream().sorted().findFirst())
                .map(locales::get);
    }

    private void replace(Map<ContentKey, PublishedContent> next) {
        Map<ContentType, TreeMap<String, Map<String, PublishedContent>>> rebuilt = new HashMap<>();
        next.values().forEach(entry -> rebuilt.computeIfAbsent(entry.key().type(), type -> new TreeMap<>())
                .computeIfAbsent(entry.key().id(), id -> new TreeMap<>())
                .put(entry.key().locale(), entry));
        live = Map.copyOf(next);
        index = Map.copyOf(rebuilt);
    }

    private Optional<PublishedContent> liveOf(ContentItem item) {
        return item.live().flatMap(version -> published(item, version.number(), true));
    }

    private Optional<PublishedContent> published(ContentItem item, int number, boolean isLive) {
        return item.version(number).flatMap(version -> publishedAt(item, number)
                .map(at -> new PublishedContent(item.key(), number, version.content(), at, isLive,
                        etagOf(version))));
    }

    /** When the version was approved; versions never approved were never published and are not served. */
    private static Optional<Instant> publishedAt(ContentItem item, int number) {
        return item.history().stream()
                .filter(step -> step.version() == number && step.action() == ReviewAction.APPROVE)
                .map(Transition::at)
                .max(Comparator.naturalOrder());
    }

    private String etagOf(ContentVersion version) {
        return "\"" + version.number() + "-" + json.fingerprint(version.content()).substring(0, 16) + "\"";
    }

    /** Every live entry, for tests and diagnostics. */
    public List<PublishedContent> all() {
        return List.copyOf(live.values());
    }
}
