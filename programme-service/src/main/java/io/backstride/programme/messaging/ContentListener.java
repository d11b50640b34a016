package io.backstride.programme.messaging;

import io.backstride.platform.events.IncomingEvent;
import io.backstride.platform.inbox.Inbox;
import io.backstride.programme.application.LibraryUpdates;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Keeps the local library from the content service's exercise and technique-cue events. */
@Component
class ContentListener {

    static final String PUBLISHED = "backstride.content.ContentPublished.v1";
    static final String RETIRED = "backstride.content.ContentRetired.v1";

    private final Inbox inbox;
    private final JsonMapper json;
    private final LibraryUpdates library;

    ContentListener(Inbox inbox, JsonMapper json, LibraryUpdates library) {
        this.inbox = inbox;
        this.json = json;
        this.library = library;
    }

    @KafkaListener(topics = {ProgrammeTopics.EXERCISES, ProgrammeTopics.TECHNIQUE_CUES})
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.process(record, this::handle);
    }

    void handle(IncomingEvent event) {
        if (!event.type().equals(PUBLISHED) && !event.type().equals(RETIRED)) {
            return;
        }
        var payload = json.readTree(event.data());
        var contentType = LibraryReading.required(payload, "contentType", type -> type);
        var id = LibraryReading.required(payload, "id", value -> value);
        var locale = LibraryReading.required(payload, "locale", value -> value);
        var version = LibraryReading.required(payload, "version", Integer::valueOf);
        if (event.type().equals(RETIRED)) {
            library.retired(contentType, id, locale, version);
            return;
        }
        var content = payload.path("content");
        switch (contentType) {
            case "EXERCISE" -> LibraryReading.exercise(content)
                    .ifPresent(exercise -> library.published(exercise, locale, version));
            case "TECHNIQUE_CUE" -> library.published(LibraryReading.techniqueCue(content), locale, version);
            default -> {
                // other kinds of content do not make programmes
            }
        }
    }
}
