package io.backstride.programme.persistence;

import io.backstride.programme.domain.programme.Programme;

/** A programme as loaded, with who it belongs to; hand it back to {@link ProgrammeStore} to save a change. */
public final class StoredProgramme {

    private final Programme programme;
    private final ProgrammeDocument document;

    StoredProgramme(Programme programme, ProgrammeDocument document) {
        this.programme = programme;
        this.document = document;
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
}
