package io.backstride.content.domain.review;

import static io.backstride.content.domain.review.ReviewFixtures.AUTHOR;
import static io.backstride.content.domain.review.ReviewFixtures.T0;
import static io.backstride.content.domain.review.ReviewFixtures.valid;
import static io.backstride.content.domain.review.ReviewFixtures.exercise;
import static io.backstride.content.domain.review.ReviewFixtures.at;
import static io.backstride.content.domain.review.ReviewFixtures.draft;
import static io.backstride.content.domain.review.ReviewFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstride.content.domain.Samples;
import io.backstride.content.domain.validation.InvalidContentException;
import org.junit.jupiter.api.Test;

class ContentItemDraftingTest {

    @Test
    void aNewItemIsADraftOfVersionOneByItsAuthor() {
        var item = draft();

        assertThat(item.status()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(item.latest().number()).isEqualTo(1);
        assertThat(item.live()).isEmpty();
        assertThat(item.history()).containsExactly(
                new Transition(1, ReviewAction.CREATE, null, ReviewStatus.DRAFT, AUTHOR, T0, null));
        assertThat(item.releaseEvents()).isEmpty();
    }

    @Test
    void editingADraftChangesThatSameVersion() {
        var item = draft();

        var changed = item.edit(exercise("Better words."), "author-cal", at(1));

        assertThat(changed).isTrue();
        assertThat(item.versions()).hasSize(1);
        assertThat(item.latest().content()).isEqualTo(exercise("Better words.").content());
        assertThat(item.authorsOf(1)).containsExactlyInAnyOrder(AUTHOR, "author-cal");
    }

    @Test
    void editingWithUnchangedContentRecordsNothing() {
        var item = published();
        var history = item.history();

        var changed = item.edit(exercise("First words."), AUTHOR, at(5));

        assertThat(changed).isFalse();
        assertThat(item.versions()).hasSize(1);
        assertThat(item.history()).isEqualTo(history);
    }

    @Test
    void anEditCannotMoveContentToAnotherItemOrLocale() {
        var item = draft();
        var elsewhere = valid(Samples.exercise("side-plank").locale("de-DE").build());

        assertThatThrownBy(() -> item.edit(elsewhere, AUTHOR, at(1)))
                .isInstanceOfSatisfying(InvalidContentException.class, refused ->
                        assertThat(refused.violations()).extracting("path").containsExactly("id", "locale"));
        assertThat(item.history()).hasSize(1);
    }

    @Test
    void everyStepNeedsThePersonWhoTakesIt() {
        var item = draft();

        assertThatThrownBy(() -> item.submit(" ", at(1), null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(item.status()).isEqualTo(ReviewStatus.DRAFT);
    }
}
