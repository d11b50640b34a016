package io.backstride.content.domain.review;

import static io.backstride.content.domain.review.ReviewFixtures.AUTHOR;
import static io.backstride.content.domain.review.ReviewFixtures.REVIEWER;
import static io.backstride.content.domain.review.ReviewFixtures.T0;
import static io.backstride.content.domain.review.ReviewFixtures.exercise;
import static io.backstride.content.domain.review.ReviewFixtures.at;
import static io.backstride.content.domain.review.ReviewFixtures.inReview;
import static io.backstride.content.domain.review.ReviewFixtures.published;
import static io.backstride.content.domain.review.ReviewFixtures.retired;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class ContentItemPublicationTest {

    @Test
    void editingAPublishedVersionStartsANewDraftAndLeavesThePublishedOneUntouched() {
        var item = published();
        var live = item.live().orElseThrow();

        item.edit(exercise("Second version."), AUTHOR, at(5));

        assertThat(item.versions()).hasSize(2);
        assertThat(item.latest().number()).isEqualTo(2);
        assertThat(item.latest().status()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(item.live()).contains(live);
        assertThat(item.version(1)).contains(live);
        assertThat(item.history().getLast())
                .isEqualTo(new Transition(2, ReviewAction.EDIT, null, ReviewStatus.DRAFT, AUTHOR, at(5), null));
    }

    @Test
    void publishingANewVersionRetiresThePreviousOneWithoutARetirementEvent() {
        var item = published();
        item.edit(exercise("Second version."), AUTHOR, at(5));
        item.submit(AUTHOR, at(6), null);

        item.approve(REVIEWER, at(7), null);

        assertThat(item.versions()).extracting(ContentVersion::status)
                .containsExactly(ReviewStatus.RETIRED, ReviewStatus.PUBLISHED);
        assertThat(item.version(1).orElseThrow().content()).isEqualTo(exercise("First words.").content());
        assertThat(item.history()).filteredOn(step -> step.version() == 1).last()
                .extracting(Transition::action, Transition::comment)
                .containsExactly(ReviewAction.RETIRE, "superseded by version 2");
        assertThat(item.releaseEvents()).singleElement().isInstanceOf(ContentPublished.class)
                .extracting(ContentEvent::version).isEqualTo(2);
    }

    @Test
    void retiringWithdrawsTheLiveVersionAndRegistersContentRetired() {
        var item = published();

        item.retire(REVIEWER, at(5), "no longer advised");

        assertThat(item.status()).isEqualTo(ReviewStatus.RETIRED);
        assertThat(item.live()).isEmpty();
        assertThat(item.releaseEvents())
                .containsExactly(new ContentRetired(item.key(), 1, REVIEWER, at(5), "no longer advised"));
    }

    @Test
    void retiringLeavesAnOpenDraftOpen() {
        var item = published();
        item.edit(exercise("Second version."), AUTHOR, at(5));

        item.retire(REVIEWER, at(6), "withdrawn while the new version is written");

        assertThat(item.versions()).extracting(ContentVersion::status)
                .containsExactly(ReviewStatus.RETIRED, ReviewStatus.DRAFT);
    }

    @Test
    void editingARetiredItemStartsANewDraftThatCanBePublishedAgain() {
        var item = retired();

        item.edit(exercise("Revived."), AUTHOR, at(5));
        item.submit(AUTHOR, at(6), null);
        item.approve(REVIEWER, at(7), null);

        assertThat(item.live()).map(ContentVersion::number).contains(2);
    }

    @Test
    void everyStepIsRecordedWithWhoWhenAndComment() {
        var item = published();
        item.retire(REVIEWER, at(3), "outdated");

        assertThat(item.history())
                .extracting(Transition::version, Transition::action, Transition::from, Transition::to,
                        Transition::actor, Transition::at, Transition::comment)
                .containsExactly(
                        tuple(1, ReviewAction.CREATE, null, ReviewStatus.DRAFT, AUTHOR, T0, null),
                        tuple(1, ReviewAction.SUBMIT, ReviewStatus.DRAFT, ReviewStatus.IN_REVIEW, AUTHOR, at(1),
                                "ready"),
                        tuple(1, ReviewAction.APPROVE, ReviewStatus.IN_REVIEW, ReviewStatus.PUBLISHED, REVIEWER,
                                at(2), "looks right"),
                        tuple(1, ReviewAction.RETIRE, ReviewStatus.PUBLISHED, ReviewStatus.RETIRED, REVIEWER,
                                at(3), "outdated"));
    }

    @Test
    void registeredEventsAreReleasedOnlyOnce() {
        var item = inReview();
        item.approve(REVIEWER, at(2), null);

        assertThat(item.releaseEvents()).hasSize(1);
        assertThat(item.releaseEvents()).isEmpty();
    }

    @Test
    void aRestoredItemCarriesOnFromWhereItWasSaved() {
        var saved = published();

        var restored = ContentItem.restore(saved.key(), saved.versions(), saved.history());
        restored.edit(exercise("Second version."), AUTHOR, at(5));

        assertThat(restored.live()).isEqualTo(saved.live());
        assertThat(restored.latest().number()).isEqualTo(2);
        assertThat(restored.releaseEvents()).isEmpty();
    }
}
