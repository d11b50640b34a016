package io.backstride.content.domain.review;

import static io.backstride.content.domain.review.ReviewFixtures.AUTHOR;
import static io.backstride.content.domain.review.ReviewFixtures.REVIEWER;
import static io.backstride.content.domain.review.ReviewFixtures.exercise;
import static io.backstride.content.domain.review.ReviewFixtures.at;
import static io.backstride.content.domain.review.ReviewFixtures.draft;
import static io.backstride.content.domain.review.ReviewFixtures.inReview;
import static io.backstride.content.domain.review.ReviewFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContentItemReviewTest {

    @Test
    void approvalByASecondPersonPublishesTheVersionAndRegistersContentPublished() {
        var item = inReview();

        item.approve(REVIEWER, at(2), "clinically sound");

        assertThat(item.status()).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(item.live()).contains(item.latest());
        assertThat(item.releaseEvents()).containsExactly(
                new ContentPublished(item.key(), 1, item.latest().content(), REVIEWER, at(2)));
    }

    @Test
    void anAuthorCannotApproveTheirOwnChange() {
        var item = inReview();

        assertThatThrownBy(() -> item.approve(AUTHOR, at(2), null))
                .isInstanceOfSatisfying(SelfApprovalException.class,
                        refused -> assertThat(refused.reviewer()).isEqualTo(AUTHOR));
        assertThat(item.status()).isEqualTo(ReviewStatus.IN_REVIEW);
        assertThat(item.releaseEvents()).isEmpty();
    }

    @Test
    void anyoneWhoEditedTheVersionCannotApproveIt() {
        var item = draft();
        item.edit(exercise("A reviewer's own tweak."), REVIEWER, at(1));
        item.submit(AUTHOR, at(2), null);

        assertThatThrownBy(() -> item.approve(REVIEWER, at(3), null)).isInstanceOf(SelfApprovalException.class);
    }

    @Test
    void submittingSomeoneElsesDraftDoesNotMakeYouItsAuthor() {
        var item = draft();
        item.submit("editor-dan", at(1), null);

        item.approve("editor-dan", at(2), null);

        assertThat(item.status()).isEqualTo(ReviewStatus.PUBLISHED);
    }

    @Test
    void anEarlierVersionsAuthorMayApproveALaterVersionTheyDidNotTouch() {
        var item = published();
        item.edit(exercise("Second version."), REVIEWER, at(5));
        item.submit(REVIEWER, at(6), null);

        item.approve(AUTHOR, at(7), null);

        assertThat(item.live()).map(ContentVersion::number).contains(2);
    }

    @Test
    void aRejectionSendsTheVersionBackToDraftWithItsComment() {
        var item = inReview();

        item.reject(REVIEWER, at(2), "Say how long to hold.");

        assertThat(item.status()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(item.history().getLast()).isEqualTo(new Transition(1, ReviewAction.REJECT,
                ReviewStatus.IN_REVIEW, ReviewStatus.DRAFT, REVIEWER, at(2), "Say how long to hold."));
        assertThat(item.releaseEvents()).isEmpty();
    }

    @Test
    void aRejectionNeedsAComment() {
        var item = inReview();

        assertThatThrownBy(() -> item.reject(REVIEWER, at(2), null))
                .isInstanceOf(RejectionCommentMissingException.class);
        assertThatThrownBy(() -> item.reject(REVIEWER, at(2), "   "))
                .isInstanceOf(RejectionCommentMissingException.class);
        assertThat(item.status()).isEqualTo(ReviewStatus.IN_REVIEW);
    }

    @Test
    void aRejectedDraftCanBeEditedAndSubmittedAgain() {
        var item = inReview();
        item.reject(REVIEWER, at(2), "Too long.");

        item.edit(exercise("Shorter."), AUTHOR, at(3));
        item.submit(AUTHOR, at(4), "shortened");
        item.approve(REVIEWER, at(5), null);

        assertThat(item.live().orElseThrow().content()).isEqualTo(exercise("Shorter.").content());
        assertThat(item.versions()).hasSize(1);
    }
}
