package io.backstride.content.domain.review;

import static io.backstride.content.domain.review.ReviewStatus.DRAFT;
import static io.backstride.content.domain.review.ReviewStatus.IN_REVIEW;
import static io.backstride.content.domain.review.ReviewStatus.PUBLISHED;
import static io.backstride.content.domain.review.ReviewStatus.RETIRED;

import io.backstride.content.domain.library.Content;
import io.backstride.content.domain.library.ContentKey;
import io.backstride.content.domain.library.ContentType;
import io.backstride.content.domain.validation.InvalidContentException;
import io.backstride.content.domain.validation.ValidContent;
import io.backstride.content.domain.validation.Violation;
import io.backstride.content.domain.validation.ViolationCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A versioned piece of content and its review history.
 *
 * <p>Only the latest version can be open (DRAFT or IN_REVIEW); at most one version is PUBLISHED, the
 * live one. A published version's content never changes: editing it starts a new draft, and
 * approving that draft retires the old live version. Every step is recorded as a {@link Transition};
 * publishing and retiring register {@link ContentEvent}s to be collected with {@link #releaseEvents()}.
 */
public final class ContentItem {

    private final ContentKey key;
    private final List<ContentVersion> versions;
    private final List<Transition> history;
    private final List<ContentEvent> events = new ArrayList<>();

    private ContentItem(ContentKey key, List<ContentVersion> versions, List<Transition> history) {
        this.key = key;
        this.versions = versions;
        this.history = history;
    }

    /** A new item whose first version is a draft by {@code author}. */
    public static ContentItem create(ValidContent content, String author, Instant at) {
        requireStep(author, at);
        var item = new ContentItem(content.content().key(), new ArrayList<>(), new ArrayList<>());
        item.versions.add(new ContentVersion(1, content.content(), DRAFT));
        item.record(1, ReviewAction.CREATE, null, DRAFT, author, at, null);
        return item;
    }

    /** Rebuilds an item from storage, as it was saved; registers no events. */
    public static ContentItem restore(ContentKey key, List<ContentVersion> versions, List<Transition> history) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException(key + ": an item has at least one version");
        }
        for (int i = 0; i < versions.size(); i++) {
            var version = versions.get(i);
            if (version.number() != i + 1 || !version.content().key().equals(key)) {
                throw new IllegalArgumentException(key + ": version " + version.number() + " is out of place");
            }
        }
        return new ContentItem(key, new ArrayList<>(versions), new ArrayList<>(history));
    }

    /**
     * Changes the latest draft, or starts a new draft when the latest version is published or
     * retired. Returns false, recording nothing, when the content is the same as the latest version's.
     */
    public boolean edit(ValidContent content, String editor, Instant at) {
        requireStep(editor, at);
        var edited = content.content();
        requireSameKey(edited);
        var latest = latest();
        requireAllowed(latest.status(), ReviewAction.EDIT);
        if (latest.content().equals(edited)) {
            return false;
        }
        if (latest.status() == DRAFT) {
            versions.set(latest.number() - 1, latest.withContent(edited));
            record(latest.number(), ReviewAction.EDIT, DRAFT, DRAFT, editor, at, null);
        } else {
            var next = latest.number() + 1;
            versions.add(new ContentVersion(next, edited, DRAFT));
            record(next, ReviewAction.EDIT, null, DRAFT, editor, at, null);
        }
        return true;
    }

    /** Puts the latest draft up for review by a second person. */
    public void submit(String actor, Instant at, String comment) {
        requireStep(actor, at);
        move(latest(), ReviewAction.SUBMIT, IN_REVIEW, actor, at, comment);
    }

    /** A second person approves the version in review, which publishes it and retires the previous live version. */
    public void approve(String reviewer, Instant at, String comment) {
        requireStep(reviewer, at);
        var candidate = latest();
        requireAllowed(candidate.status(), ReviewAction.APPROVE);
        if (authorsOf(candidate.number()).contains(reviewer)) {
            throw new SelfApprovalException(key, reviewer, candidate.number());
        }
        live().ifPresent(previous -> move(previous, ReviewAction.RETIRE, RETIRED, reviewer, at,
                "superseded by version " + candidate.number()));
        move(candidate, ReviewAction.APPROVE, PUBLISHED, reviewer, at, comment);
        events.add(new ContentPublished(key, candidate.number(), candidate.content(), reviewer, at));
    }

    /** Sends the version in review back to draft, with a comment saying what to change. */
    public void reject(String reviewer, Instant at, String comment) {
        requireStep(reviewer, at);
        var candidate = latest();
        requireAllowed(candidate.status(), ReviewAction.REJECT);
        if (comment == null || comment.isBlank()) {
            throw new RejectionCommentMissingException(key);
        }
        move(candidate, ReviewAction.REJECT, DRAFT, reviewer, at, comment);
    }

    /** Withdraws the live version; an open draft, if any, stays open. */
    public void retire(String actor, Instant at, String reason) {
        requireStep(actor, at);
        var current = live().orElseThrow(
                () -> new IllegalTransitionException(key, latest().status(), ReviewAction.RETIRE));
        move(current, ReviewAction.RETIRE, RETIRED, actor, at, reason);
        events.add(new ContentRetired(key, current.number(), actor, at, reason));
    }

    public ContentKey key() {
        return key;
    }

    /** Status of the latest version. */
    public ReviewStatus status() {
        return latest().status();
    }

    public ContentVersion latest() {
        return versions.getLast();
    }

    /** The published version, if any. */
    public Optional<ContentVersion> live() {
        return versions.stream().filter(version -> version.status() == PUBLISHED).findFirst();
    }

    public Optional<ContentVersion> version(int number) {
        return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
    }

    public List<ContentVersion> versions() {
        return List.copyOf(versions);
    }

    public List<Transition> history() {
        return List.copyOf(history);
    }

    /** Everyone who created or edited the given version. */
    public Set<String> authorsOf(int version) {
        return history.stream()
                .filter(step -> step.version() == version)
                .filter(step -> step.action() == ReviewAction.CREATE || step.action() == ReviewAction.EDIT)
                .map(Transition::actor)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The events registered since the last call, for the outbox; clears them. */
    public List<ContentEvent> releaseEvents() {
        var released = List.copyOf(events);
        events.clear();
        return released;
    }

    private void move(ContentVersion version, ReviewAction action, ReviewStatus to, String actor, Instant at,
            String comment) {
        requireAllowed(version.status(), action);
        versions.set(version.number() - 1, version.withStatus(to));
        record(version.number(), action, version.status(), to, actor, at, comment);
    }

    private void record(int version, ReviewAction action, ReviewStatus from, ReviewStatus to, String actor,
            Instant at, String comment) {
        history.add(new Transition(version, action, from, to, actor, at, comment));
    }

    private void requireAllowed(ReviewStatus current, ReviewAction action) {
        if (!current.allows(action)) {
            throw new IllegalTransitionException(key, current, action);
        }
    }

    private static void requireStep(String actor, Instant at) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("every step needs the person who takes it");
        }
        Objects.requireNonNull(at, "at");
    }

    private void requireSameKey(Content edited) {
        var other = edited.key();
        var problems = new ArrayList<Violation>();
        if (other.type() != key.type()) {
            problems.add(new Violation("", ViolationCode.CONFLICT, "this item holds " + key.type() + " content"));
        }
        if (!other.id().equals(key.id())) {
            problems.add(new Violation(idField(), ViolationCode.CONFLICT, "must stay " + key.id()));
        }
        if (!other.locale().equals(key.locale())) {
            problems.add(new Violation("locale", ViolationCode.CONFLICT, "must stay " + key.locale()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
    }

    private String idField() {
        return key.type() == ContentType.ARTICLE ? "slug" : "id";
    }
}
