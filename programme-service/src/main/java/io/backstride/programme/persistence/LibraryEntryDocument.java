package io.backstride.programme.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The latest version this service has seen of one published exercise or technique cue (one id in one
 * locale), as the domain's view of it in JSON. A retired entry stays as a tombstone with its version, so
 * that an older publication arriving late cannot bring it back.
 */
@Document(LibraryEntryDocument.COLLECTION)
class LibraryEntryDocument {

    static final String COLLECTION = "library_entries";

    @Id
    private String id;
    @Version
    private Long revision;
    @Indexed
    private String contentType;
    private String contentId;
    private String locale;
    private int contentVersion;
    private boolean retired;
    private String snapshot;
    private Instant updatedAt;

    protected LibraryEntryDocument() {
    }

    LibraryEntryDocument(String contentType, String contentId, String locale) {
        this.id = contentType + ":" + contentId + ":" + locale;
        this.contentType = contentType;
        this.contentId = contentId;
        this.locale = locale;
    }

    String contentType() {
        return contentType;
    }

    String contentId() {
        return contentId;
    }

    int contentVersion() {
        return contentVersion;
    }

    boolean retired() {
        return retired;
    }

    String snapshot() {
        return snapshot;
    }

    void publish(int version, String snapshot, Instant at) {
        this.contentVersion = version;
        this.snapshot = snapshot;
        this.retired = false;
        this.updatedAt = at;
    }

    void retire(int version, Instant at) {
        this.contentVersion = version;
        this.snapshot = null;
        this.retired = true;
        this.updatedAt = at;
    }
}
