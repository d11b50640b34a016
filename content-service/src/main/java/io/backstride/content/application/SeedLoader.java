package io.backstride.content.application;

import io.backstride.content.domain.library.Content;
import io.backstride.content.domain.library.ContentType;
import io.backstride.content.domain.review.ContentItem;
import io.backstride.content.domain.review.ReviewStatus;
import io.backstride.content.domain.validation.ContentValidator;
import io.backstride.content.domain.validation.KnownContent;
import io.backstride.content.persistence.ContentStore;
import io.backstride.content.persistence.StoredItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Loads the seed library at start and publishes it. Idempotent: each item stores the hash of the seed
 * content it was loaded from, and an unchanged hash means nothing to do. A changed seed file becomes a new
 * version, written by {@value #AUTHOR} and approved by {@value #REVIEWER}, two distinct system identities,
 * so the two-person rule holds for the seed too. An open draft of a person is never overwritten.
 */
@Component
@Order(SeedLoader.ORDER)
public class SeedLoader implements ApplicationRunner {

    static final int ORDER = 0;
    public static final String AUTHOR = "seed-author";
    public static final String REVIEWER = "seed";
    private static final String COMMENT = "seed content";

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    /** What one load did, item by item. */
    public record Report(int created, int updated, int unchanged, int skipped) {
    }

    private final ContentStore store;
    private final Authoring authoring;
    private final ContentJson json;
    private final Clock clock;
    private final boolean enabled;
    private final String location;

    SeedLoader(ContentStore store, Authoring authoring, ContentJson json, Clock clock,
            @Value("${backstride.content.seed.enabled:true}") boolean enabled,
            @Value("${backstride.content.seed.location:classpath*:seed/*/*/*.json}") String location) {
        this.store = store;
        this.authoring = authoring;
        this.json = json;
        this.clock = clock;
        this.enabled = enabled;
        this.location = location;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            var report = load(read(location));
            log.info("Seed content from {}: {}", location, report);
        }
    }

    /** Reads every seed file at a resource pattern, checking that its id and locale match its path. */
    public List<Content> read(String pattern) {
        try {
            var resources = new PathMatchingResourcePatternResolver().getResources(pattern);
            var contents = new ArrayList<Content>();
            for (Resource resource : resources) {
                contents.add(read(resource));
            }
            contents.sort(Comparator.comparing(content -> content.key().toString()));
            return contents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates the whole seed together (links resolve within it), then brings every item up to date. */
    public Report load(List<Content> seed) {
        var known = KnownContent.of(seed);
        var validator = new ContentValidator((type, id) -> known.exists(type, id) || store.exists(type, id));
        var problems = seed.stream().filter(content -> !validator.check(content).isEmpty())
                .map(content -> content.key() + " " + validator.check(content)).toList();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid seed content: " + problems);
        }
        int created = 0, updated = 0, unchanged = 0, skipped = 0;
        for (var content : seed) {
            switch (apply(content, validator)) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case SKIPPED -> skipped++;
            }
        }
        return new Report(created, updated, unchanged, skipped);
    }

    private enum Outcome { CREATED, UPDATED, UNCHANGED, SKIPPED }

    private Outcome apply(Content content, ContentValidator validator) {
        var hash = json.fingerprint(content);
        var existing = store.find(content.key());
        if (existing.isPresent() && hash.equals(existing.get().seedHash())) {
            return Outcome.UNCHANGED;
        }
        try {
            return existing.map(stored -> update(stored, content, validator, hash))
                    .orElseGet(() -> create(content, validator, hash));
        } catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
            log.info("{} was changed by another instance while loading the seed; leaving it", content.key());
            return Outcome.SKIPPED;
        }
    }

    private Outcome create(Content content, ContentValidator validator, String hash) {
        var now = clock.instant();
        var item = ContentItem.create(validator.require(content), AUTHOR, now);
        item.submit(AUTHOR, now, COMMENT);
        item.approve(REVIEWER, now, COMMENT);
        authoring.commit(store.newItem(item), hash);
        return Outcome.CREATED;
    }

    private Outcome update(StoredItem stored, Content content, ContentValidator validator, String hash) {
        var item = stored.item();
        var latest = item.latest();
        var open = latest.status() == ReviewStatus.DRAFT || latest.status() == ReviewStatus.IN_REVIEW;
        if (open && !Set.of(AUTHOR).containsAll(item.authorsOf(latest.number()))) {
            log.warn("{}: the seed changed but a person's draft (version {}) is open; the seed waits for it",
                    item.key(), latest.number());
            return Outcome.SKIPPED;
        }
        var now = clock.instant();
        if (latest.status() == ReviewStatus.IN_REVIEW) {
            item.reject(REVIEWER, now, "replaced by a newer seed");
        }
        var changed = item.edit(validator.require(content), AUTHOR, now);
        if (item.status() == ReviewStatus.DRAFT) {
            item.submit(AUTHOR, now, COMMENT);
            item.approve(REVIEWER, now, COMMENT);
        }
        authoring.commit(stored, hash);
        return changed ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    private Content read(Resource resource) throws IOException {
        var path = resource.getURL().getPath().split("/");
        if (path.length < 3) {
            throw new IllegalStateException(resource + " is not at seed/<locale>/<collection>/<id>.json");
        }
        var locale = path[path.length - 3];
        var collection = path[path.length - 2];
        var fileId = path[path.length - 1].replaceFirst("\\.json$", "");
        var type = ContentType.fromCollection(collection)
                .orElseThrow(() -> new IllegalStateException("unknown seed folder " + collection + " of " + resource));
        Content content;
        try (var in = resource.getInputStream()) {
            content = json.bind(in.readAllBytes(), type);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read seed " + resource + ": " + e.getMessage(), e);
        }
        if (!fileId.equals(content.id()) || !locale.equals(content.locale())) {
            throw new IllegalStateException(resource + " holds " + content.key() + ", which does not match its path");
        }
        return content;
    }
}
