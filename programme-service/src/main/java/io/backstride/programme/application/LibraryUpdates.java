package io.backstride.programme.application;

import io.backstride.programme.domain.library.LibraryExercise;
import io.backstride.programme.domain.library.TechniqueCue;
import io.backstride.programme.persistence.LibraryStore;
import org.springframework.stereotype.Service;

/** Keeps the local library up to date and plans the assessments that were waiting for it. */
@Service
public class LibraryUpdates {

    private final LibraryStore library;
    private final Planning planning;

    LibraryUpdates(LibraryStore library, Planning planning) {
        this.library = library;
        this.planning = planning;
    }

    public void published(LibraryExercise exercise, String locale, int version) {
        if (library.publish(exercise, locale, version)) {
            planning.libraryChanged();
        }
    }

    public void published(TechniqueCue cue, String locale, int version) {
        if (library.publish(cue, locale, version)) {
            planning.libraryChanged();
        }
    }

    public void retired(String contentType, String contentId, String locale, int version) {
        library.retire(contentType, contentId, locale, version);
    }
}
