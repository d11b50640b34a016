package io.backstride.content.web;

import io.backstride.content.application.Authoring;
import io.backstride.content.application.ContentJson;
import io.backstride.content.domain.library.Content;
import io.backstride.content.domain.library.ContentKey;
import io.backstride.content.domain.library.ContentType;
import io.backstride.content.web.AuthoringResponses.ItemResponse;
import io.backstride.content.web.AuthoringResponses.StepRequest;
import io.backstride.content.web.AuthoringResponses.TransitionResponse;
import io.backstride.content.web.AuthoringResponses.VersionResponse;
import io.backstride.platform.security.Caller;
import io.backstride.platform.web.InvalidRequestException;
import io.backstride.platform.web.NotFoundException;
import io.backstride.platform.web.Violation;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Authoring and review of content: authors and clinicians write, submit and read drafts; clinicians approve,
 * reject and retire (the route rules in {@code config.AccessConfiguration}). Whoever acts is the access token's
 * subject ({@link Caller}), never a header or a body, so the two-person rule compares real identities. Items are
 * addressed as {@code {collection}/{id}/{locale}}; the body of a draft or edit is the content in the library's
 * JSON shape (the seed file shape).
 */
@RestController
@RequestMapping(AuthoringController.BASE)
class AuthoringController {

    static final String BASE = ContentReadController.BASE + "/authoring";

    private final Authoring authoring;
    private final ContentJson json;

    AuthoringController(Authoring authoring, ContentJson json) {
        this.authoring = authoring;
        this.json = json;
    }

    /** Author: starts a new item as a draft. */
    @PostMapping("/{collection}")
    ResponseEntity<ItemResponse> create(@PathVariable String collection, @RequestBody JsonNode body, Caller caller) {
        var actor = actor(caller);
        var item = authoring.create(bind(body, type(collection)), actor);
        return ResponseEntity.created(URI.create(hrefOf(item.key()))).body(ItemResponse.of(item));
    }

    @GetMapping("/{collection}/{id}/{locale}")
    ItemResponse item(@PathVariable String collection, @PathVariable String id, @PathVariable String locale) {
        return ItemResponse.of(authoring.item(key(collection, id, locale)));
    }

    /** Author: changes the open draft, or starts a new draft from published or retired content. */
    @PutMapping("/{collection}/{id}/{locale}")
    ItemResponse edit(@PathVariable String collection, @PathVariable String id, @PathVariable String locale,
            @RequestBody JsonNode body, Caller caller) {
        var actor = actor(caller);
        var key = key(collection, id, locale);
        return ItemResponse.of(authoring.edit(key, bind(body, key.type()), actor));
    }

    /** Author: puts the draft up for review by a clinician. */
    @PostMapping("/{collection}/{id}/{locale}/submit")
    ItemResponse submit(@PathVariable String collection, @PathVariable String id, @PathVariable String locale,
            @RequestBody(required = false) StepRequest step, Caller caller) {
        return ItemResponse.of(authoring.submit(key(collection, id, locale), actor(caller), comment(step)));
    }

    /** Clinician: approves, which publishes; whoever wrote or edited the version gets 403. */
    @PostMapping("/{collection}/{id}/{locale}/approve")
    ItemResponse approve(@PathVariable String collection, @PathVariable String id, @PathVariable String locale,
            @RequestBody(required = false) StepRequest step, Caller caller) {
        return ItemResponse.of(authoring.approve(key(collection, id, locale), actor(caller), comment(step)));
    }

    /** Clinician: sends the version back to draft; the comment is required. */
    @PostMapping("/{collection}/{id}/{locale}/reject")
    ItemResponse reject(@PathVariable String collection, @PathVariable String id, @PathVariable String locale,
            @RequestBody(required = false) StepRequest step, Caller caller) {
        return ItemResponse.of(authoring.reject(key(collection, id, locale), actor(caller), comment(step)));
    }

    /** Clinician: withdraws the live version; the comment is the reason. */
    @PostMapping("/{collection}/{id}/{locale}/retire")
    ItemResponse retire(@PathVariable String collection, @PathVariable String id, @PathVariable String locale,
            @RequestBody(required = false) StepRequest step, Caller caller) {
        return ItemResponse.of(authoring.retire(key(collection, id, locale), actor(caller), comment(step)));
    }

    @GetMapping("/{collection}/{id}/{locale}/history")
    List<TransitionResponse> history(@PathVariable String collection, @PathVariable String id,
            @PathVariable String locale) {
        return authoring.item(key(collection, id, locale)).history().stream().map(TransitionResponse::of).toList();
    }

    /** Any version, drafts included, for authors and reviewers. */
    @GetMapping("/{collection}/{id}/{locale}/versions/{number}")
    VersionResponse version(@PathVariable String collection, @PathVariable String id, @PathVariable String locale,
            @PathVariable int number) {
        var key = key(collection, id, locale);
        return authoring.item(key).version(number).map(VersionResponse::of)
                .orElseThrow(() -> new NotFoundException(key + " has no version " + number + "."));
    }

    static String hrefOf(ContentKey key) {
        return BASE + "/" + key.type().collection() + "/" + key.id() + "/" + key.locale();
    }

    private Content bind(JsonNode body, ContentType type) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException(List.of(new Violation("content", "must be a JSON object")));
        }
        try {
            return json.bind(body, type);
        } catch (JacksonException unbindable) {
            var path = new StringBuilder();
            unbindable.getPath().forEach(ref -> {
                if (ref.getPropertyName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            });
            throw new InvalidRequestException(List.of(new Violation(path.isEmpty() ? "content" : path.toString(),
                    "is unknown or has the wrong type for " + type.collection())));
        }
    }

    private static ContentKey key(String collection, String id, String locale) {
        return new ContentKey(type(collection), id, locale);
    }

    private static ContentType type(String collection) {
        return ContentType.fromCollection(collection)
                .orElseThrow(() -> new NotFoundException("There is no content collection '" + collection + "'."));
    }

    /** Who takes the step: the token's subject (the route rules have already checked the role). */
    private static String actor(Caller caller) {
        if (caller.subject() == null || caller.subject().isBlank()) {
            throw new AccessDeniedException("The access token names nobody (no subject) to take this step.");
        }
        return caller.subject();
    }

    private static String comment(StepRequest step) {
        return step == null ? null : step.comment();
    }
}
