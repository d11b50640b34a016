package io.backstride.content.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.backstride.content.domain.library.Content;
import io.backstride.content.domain.library.ContentKey;
import io.backstride.content.domain.library.ContentType;
import io.backstride.content.domain.library.Exercise;
import io.backstride.content.domain.review.ReviewAction;
import io.backstride.content.domain.review.ReviewStatus;
import io.backstride.content.domain.review.Transition;
import io.backstride.content.messaging.ContentPublishedV1;
import io.backstride.content.messaging.ContentTopics;
import io.backstride.platform.test.EventCapture;
import io.backstride.platform.test.EventSchemas;
import io.backstride.platform.test.WithKafkaAndMongo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithKafkaAndMongo
class SeedLoadingIT {

    private static final String SEED = "classpath*:seed/*/*/*.json";

    @Autowired
    SeedLoader seedLoader;
    @Autowired
    Authoring authoring;
    @Autowired
    PublishedLibrary library;

    @Test
    void theWholeSeedIsPublishedAtStart() {
        var seed = seedLoader.read(SEED);

        assertThat(seed).hasSizeGreaterThanOrEqualTo(23);
        seed.forEach(content -> assertThat(library.latest(content.type(), content.id(), content.locale()))
                .as(content.key().toString()).isPresent());
    }

    @Test
    void loadingTheSeedAgainChangesNothingAndPublishesNothing() {
        var seed = seedLoader.read(SEED);
        var before = authoring.item(key("cat-and-camel")).versions();

        try (var capture = EventCapture.of(ContentTopics.EXERCISES, ContentTopics.ARTICLES,
                ContentTopics.TECHNIQUE_CUES, ContentTopics.SCOPE_STATEMENTS)) {
            var report = seedLoader.load(seed);

            assertThat(report).isEqualTo(new SeedLoader.Report(0, 0, seed.size(), 0));
            assertThat(authoring.item(key("cat-and-camel")).versions()).isEqualTo(before);
            capture.awaitCaughtUp();
            assertThat(capture.records()).isEmpty();
        }
    }

    @Test
    void aChangedSeedFileBecomesANewVersionWrittenAndApprovedByTwoSystemIdentities() {
        var before = authoring.item(key("knee-rolls"));
        var changed = withKneeRollsSummary("Let your knees fall gently from side to side, keeping both shoulders down.");

        try (var capture = EventCapture.of(ContentTopics.EXERCISES)) {
            var report = seedLoader.load(changed);

            assertThat(report.updated()).isEqualTo(1);
            var after = authoring.item(key("knee-rolls"));
            var newVersion = before.latest().number() + 1;
            assertThat(after.live()).hasValueSatisfying(live -> assertThat(live.number()).isEqualTo(newVersion));
            assertThat(after.version(before.latest().number())).hasValueSatisfying(
                    superseded -> assertThat(superseded.status()).isEqualTo(ReviewStatus.RETIRED));
            assertThat(after.history().stream().filter(step -> step.version() == newVersion).toList())
                    .extracting(Transition::action, Transition::actor)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(ReviewAction.EDIT, SeedLoader.AUTHOR),
                            org.assertj.core.groups.Tuple.tuple(ReviewAction.SUBMIT, SeedLoader.AUTHOR),
                            org.assertj.core.groups.Tuple.tuple(ReviewAction.APPROVE, SeedLoader.REVIEWER));
            assertThat(library.latest(ContentType.EXERCISE, "knee-rolls", "en-GB")).hasValueSatisfying(
                    live -> assertThat(live.version()).isEqualTo(newVersion));

            await().atMost(Duration.ofSeconds(20)).until(() -> !capture.events(ContentPublishedV1.TYPE).isEmpty());
            var event = capture.events(ContentPublishedV1.TYPE).getFirst();
            EventSchemas.assertConforms(event);
            assertThat(event.subject()).isEqualTo("knee-rolls");
            assertThat(new String(event.data(), StandardCharsets.UTF_8)).contains("\"version\":" + newVersion);

            assertThat(seedLoader.load(changed).updated()).as("the changed seed, loaded again").isZero();
        } finally {
            assertThat(seedLoader.load(seedLoader.read(SEED)).updated()).as("putting the file back is a change too")
                    .isEqualTo(1);
        }
    }

    private List<Content> withKneeRollsSummary(String summary) {
        var seed = new ArrayList<Content>();
        for (var content : seedLoader.read(SEED)) {
            if (content instanceof Exercise exercise && exercise.id().equals("knee-rolls")) {
                var tree = (tools.jackson.databind.node.ObjectNode) JsonMapper.shared().valueToTree(exercise);
                tree.put("summary", summary);
                seed.add(JsonMapper.shared().treeToValue(tree, Exercise.class));
            } else {
                seed.add(content);
            }
        }
        return seed;
    }

    private static ContentKey key(String exerciseId) {
        return new ContentKey(ContentType.EXERCISE, exerciseId, "en-GB");
    }
}
