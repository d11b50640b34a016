package io.backstride.content.application;

import io.backstride.content.domain.library.Content;
import io.backstride.content.domain.library.ContentKey;
import io.backstride.content.domain.review.ContentItem;
import io.backstride.content.domain.review.IllegalTransitionException;
import io.backstride.content.domain.review.RejectionCommentMissingException;
import io.backstride.content.domain.validation.ContentValidator;
import io.backstride.content.domain.validation.InvalidContentException;
import io.backstride.content.domain.validation.ValidContent;
import io.backstride.content.messaging.ContentOutbox;
import io.backstride.content.persistence.ContentStore;
import io.backstride.content.persistence.StoredItem;
import io.backstride.platform.web.ConflictException;
import io.backstride.platform.web.InvalidRequestException;
import io.backstride.platform.web.NotFoundException;
import io.backstride.platform.web.Violation;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The authoring workflow: drafts, edits, review by a second person, publication and retirement. Every use
 * case validates everything first, then changes the item and writes it with its events in one save, then
 * updates what readers are served. Who acts is passed in (the access token's subject).
 */
@Service
public class Authoring {

    private final ContentStore store;
    private final ContentOutbox outbox;
    private final PublishedLibrary library;
    private final Clock clock;

    Authoring(ContentStore store, ContentOutbox outbox, PublishedLibrary library, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.library = library;
        this.clock = clock;
    }

    public ContentItem create(Content content, String author) {
        var valid = validate(content);
        var key = content.key();
        if (store.exists(key)) {
            throw new ConflictException(key + " already exists; edit it instead");
        }
        var item = ContentItem.create(valid, author, clock.instant());
        try {
            commit(store.newItem(item), null);
        } catch (DuplicateKeyException raced) {
            throw new ConflictException(key + " already exists; edit it instead");
        }
        return item;
    }

    public ContentItem edit(ContentKey key, Content content, String editor) {
        var valid = validate(content);
        return change(key, item -> item.edit(valid, editor, clock.instant()));
    }

    public ContentItem submit(ContentKey key, String author, String comment) {
        return change(key, item -> item.submit(author, clock.instant(), comment));
    }

    /** Publishes the version in review; the reviewer must not have written or edited it. */
    public ContentItem approve(ContentKey key, String reviewer, String comment) {
        return change(key, item -> item.approve(reviewer, clock.instant(), comment));
    }

    public ContentItem reject(ContentKey key, String reviewer, String comment) {
        return change(key, item -> item.reject(reviewer, clock.instant(), comment));
    }

    public ContentItem retire(ContentKey key, String actor, String reason) {
        return change(key, item -> item.retire(actor, clock.instant(), reason));
    }

    public ContentItem item(ContentKey key) {
        return load(key).item();
    }

    /** Writes the item's state and the events it registered, then serves its live version. */
    void commit(StoredItem stored, String seedHash) {
        store.save(stored, outbox.entriesFor(stored.item().releaseEvents()), seedHash);
        library.refresh(stored.item());
    }

    ValidContent validate(Content content) {
        try {
            return new ContentValidator(store::exists).require(content);
        } catch (InvalidContentException invalid) {
            throw invalidRequest(invalid);
        }
    }

    private ContentItem change(ContentKey key, Consumer<ContentItem> step) {
        var stored = load(key);
        try {
            step.accept(stored.item());
        } catch (IllegalTransitionException illegal) {
            throw new ConflictException(illegal.getMessage());
        } catch (RejectionCommentMissingException missing) {
            throw new InvalidRequestException(List.of(new Violation("comment", missing.getMessage())));
        } catch (InvalidContentException invalid) {
            throw invalidRequest(invalid);
        }
        commit(stored, null);
        return stored.item();
    }

    private StoredItem load(ContentKey key) {
        return store.find(key).orElseThrow(() -> new NotFoundException("There is no " + key + "."));
    }

    private static InvalidRequestException invalidRequest(InvalidContentException invalid) {
        return new InvalidRequestException(invalid.violations().stream()
                .map(violation -> new Violation(violation.path().isEmpty() ? "content" : violation.path(),
                        violation.code() + ": " + violation.message()))
                .toList());
    }
}
