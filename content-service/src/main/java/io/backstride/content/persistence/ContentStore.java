package io.backstride.content.persistence;

import io.backstride.content.domain.library.Content;
import io.backstride.content.domain.library.ContentKey;
import io.backstride.content.domain.library.ContentType;
import io.backstride.content.domain.review.ContentItem;
import io.backstride.content.domain.review.ContentVersion;
import io.backstride.content.domain.review.Transition;
import io.backstride.platform.events.OutboxEvent;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads and saves content items, one document each. A save writes the item's new state and the outbox
 * events it caused in one single-document write, so nothing is half-written.
 */
@Component
public class ContentStore {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final ContentItemRepository repository;
    private final JsonMapper json;
    private final Clock clock;

    ContentStore(ContentItemRepository repository, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    public Optional<StoredItem> find(ContentKey key) {
        return repository.findById(ContentItemDocument.idOf(key)).map(this::toStored);
    }

    /** A new item, not yet saved. */
    public StoredItem newItem(ContentItem item) {
        return new StoredItem(item, new ContentItemDocument(item.key()));
    }

    public boolean exists(ContentType type, String id) {
        return repository.existsByTypeAndContentId(type, id);
    }

    public boolean exists(ContentKey key) {
        return repository.existsById(ContentItemDocument.idOf(key));
    }

    /** Every item with a live version. */
    public List<ContentItem> allLive() {
        return repository.findByLiveVersionNotNull().stream().map(this::toDomain).toList();
    }

    /**
     * Writes the item's state and its events in one document write; {@code seedHash} is kept when null.
     * Throws {@link org.springframework.dao.OptimisticLockingFailureException} when someone else saved first.
     */
    public void save(StoredItem stored, List<OutboxEvent> events, String seedHash) {
        var item = stored.item();
        var document = stored.document();
        var versions = item.versions().stream()
                .map(version -> new StoredVersion(version.number(), version.status(), fieldsOf(version.content())))
                .toList();
        var history = item.history().stream()
                .map(step -> new StoredTransition(step.version(), step.action(), step.from(), step.to(), step.actor(),
                        step.at(), step.comment()))
                .toList();
        document.replace(versions, history, item.live().map(ContentVersion::number).orElse(null), clock.instant());
        if (seedHash != null) {
            document.seedHash(seedHash);
        }
        events.forEach(document.outbox()::add);
        repository.save(document);
    }

    private StoredItem toStored(ContentItemDocument document) {
        return new StoredItem(toDomain(document), document);
    }

    private ContentItem toDomain(ContentItemDocument document) {
        var key = document.key();
        var versions = document.versions().stream()
                .map(version -> new ContentVersion(version.number(), contentOf(key.type(), version.content()),
                        version.status()))
                .toList();
        var history = document.history().stream()
                .map(step -> new Transition(step.version(), step.action(), step.from(), step.to(), step.actor(),
                        step.at(), step.comment()))
                .toList();
        return ContentItem.restore(key, versions, history);
    }

    private Map<String, Object> fieldsOf(Content content) {
        return json.convertValue(content, FIELDS);
    }

    private Content contentOf(ContentType type, Map<String, Object> fields) {
        return json.convertValue(fields, type.contentClass());
    }
}
