package io.backstride.platform.it;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.backstride.platform.security.Caller;
import io.backstride.platform.security.RunnerAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Runner data as services hold it: the runner's own, reached by path or by {@code /me}, written only with consent. */
@RestController
@RequestMapping("/api/v1/notes")
class RunnerNotesController {

    private final RunnerAccess access;
    private final Map<String, List<String>> notes = new ConcurrentHashMap<>();

    RunnerNotesController(RunnerAccess access) {
        this.access = access;
    }

    record Note(String text) {
    }

    @GetMapping({"/runners/{runnerId}", "/me"})
    List<String> read(Caller caller, @PathVariable(required = false) String runnerId) {
        return notes.getOrDefault(access.toRead(caller, runnerId), List.of());
    }

    @PostMapping({"/runners/{runnerId}", "/me"})
    List<String> write(Caller caller, @PathVariable(required = false) String runnerId, @RequestBody Note note) {
        List<String> own = notes.computeIfAbsent(access.toWrite(caller, runnerId), id -> new CopyOnWriteArrayList<>());
        own.add(note.text());
        return own;
    }
}
