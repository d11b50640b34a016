package io.backstride.content.web;

import io.backstride.content.domain.review.ContentItem;
import io.backstride.content.domain.review.ContentVersion;
import io.backstride.content.domain.review.ReviewAction;
import io.backstride.content.domain.review.ReviewStatus;
import io.backstride.content.domain.review.Transition;
import java.time.Instant;
import java.util.List;

/** Request and response records of the authoring API. */
public final class AuthoringResponses {

    private AuthoringResponses() {
    }

    /** A review step's optional comment (required to reject) or a retirement's reason. */
    public record StepRequest(String comment) {
    }

    public record ItemResponse(String type, String id, String locale, ReviewStatus status, int latestVersion,
            Integer liveVersion, List<VersionSummary> versions, String href) {

        static ItemResponse of(ContentItem item) {
            var key = item.key();
            return new ItemResponse(key.type().collection(), key.id(), key.locale(), item.status(),
                    item.latest().number(), item.live().map(ContentVersion::number).orElse(null),
                    item.versions().stream().map(version -> new VersionSummary(version.number(), version.status()))
                            .toList(),
                    AuthoringController.hrefOf(key));
        }
    }

    public record VersionSummary(int number, ReviewStatus status) {
    }

    public record VersionResponse(int number, ReviewStatus status, ContentViews.ContentView content) {

        static VersionResponse of(ContentVersion version) {
            return new VersionResponse(version.number(), version.status(), ContentViews.of(version.content()));
        }
    }

    public record TransitionResponse(int version, ReviewAction action, ReviewStatus from, ReviewStatus to,
            String actor, Instant at, String comment) {

        static TransitionResponse of(Transition step) {
            return new TransitionResponse(step.version(), step.action(), step.from(), step.to(), step.actor(),
                    step.at(), step.comment());
        }
    }
}
