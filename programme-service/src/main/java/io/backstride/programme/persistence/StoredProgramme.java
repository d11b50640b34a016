package io.backstride.programme.persistence;

import java.util.Map;

import io.backstride.programme.domain.programme.Programme;

/** A programme as loaded, with who it belongs to; hand it back to {@link ProgrammeStore} to save a change. */
public final class StoredProgramme {

    private final Programme programme;
    private final ProgrammeDocument document;
    private final Map<Integer, LogBucketDocument> buckets;

    StoredProgramme(Programme programme, ProgrammeDocument document, Map<Integer, LogBucketDocument> buckets) {
        this.programme = programme;
        this.document = document;
        this.buckets = buckets;
    }

    public Programme programme() {
        return programme;
    }

    public String tenantId() {
        return document.tenantId();
    }

    public String raceId() {
        return document.raceId();
    }

    ProgrammeDocument document() {
        return document;
    }

    /** The log buckets as loaded with the programme, by week: where a save files its logs first. */
    Map<Integer, LogBucketDocument> buckets() {
        return buckets;
    }
}
