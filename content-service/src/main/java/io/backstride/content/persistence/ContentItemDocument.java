package io.backstride.content.persistence;

import io.backstride.content.domain.library.ContentKey;
import io.backstride.content.domain.library.ContentType;
import io.backstride.platform.outbox.Outbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One content item (one id in one locale) with every version and its whole review history, and the outbox
 * of the events its last change caused. Bounded in practice: an item gets a handful of versions a year,
 * each a few kilobytes, and a few steps per version, so even decades of edits stay far below 16 MB.
 */
@Document(ContentItemDocument.COLLECTION)
@CompoundIndex(name = "content_key", def = "{'type': 1, 'contentId': 1, 'locale': 1}", unique = true)
@CompoundIndex(name = "live_by_type", def = "{'liveVersion': 1, 'type': 1}")
public class ContentItemDocument {

    public static final String COLLECTION = "content_items";

    @Id
    private String id;
    @Version
    private Long revision;
    private ContentType type;
    private String contentId;
    private String locale;
    /** The published version's number; null while nothing is live. */
    private Integer liveVersion;
    /** Hash of the seed content this item was last loaded from; null for items only ever authored. */
    private String seedHash;
    private List<StoredVersion> versions = new ArrayList<>();
    private List<StoredTransition> history = new ArrayList<>();
    private Instant updatedAt;
    private Outbox outbox = new Outbox();

    protected ContentItemDocument() {
    }

    ContentItemDocument(ContentKey key) {
        this.id = idOf(key);
        this.type = key.type();
        this.contentId = key.id();
        this.locale = key.locale();
    }

    static String idOf(ContentKey key) {
        return key.type().collection() + ":" + key.id() + ":" + key.locale();
    }

    public ContentKey key() {
        return new ContentKey(type, contentId, locale);
    }

    public String seedHash() {
        return seedHash;
    }

    void seedHash(String hash) {
        this.seedHash = hash;
    }

    List<StoredVersion> versions() {
        return versions;
    }

    List<StoredTransition> history() {
        return history;
    }

    void replace(List<StoredVersion> versions, List<StoredTransition> history, Integer liveVersion, Instant at) {
        this.versions = new ArrayList<>(versions);
        this.history = new ArrayList<>(history);
        this.liveVersion = liveVersion;
        this.updatedAt = at;
    }

    Outbox outbox() {
        return outbox;
    }
}
