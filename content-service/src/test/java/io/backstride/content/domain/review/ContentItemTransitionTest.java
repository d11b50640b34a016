package io.backstride.content.domain.review;

import static io.backstride.content.domain.review.ReviewFixtures.itemIn;
import static io.backstride.content.domain.review.ReviewFixtures.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContentItemTransitionTest {

    static Stream<Arguments> legalSteps() {
        return Stream.of(
                Arguments.of(ReviewStatus.DRAFT, ReviewAction.EDIT, ReviewStatus.DRAFT),
                Arguments.of(ReviewStatus.DRAFT, ReviewAction.SUBMIT, ReviewStatus.IN_REVIEW),
                Arguments.of(ReviewStatus.IN_REVIEW, ReviewAction.APPROVE, ReviewStatus.PUBLISHED),
                Arguments.of(ReviewStatus.IN_REVIEW, ReviewAction.REJECT, ReviewStatus.DRAFT),
                Arguments.of(ReviewStatus.PUBLISHED, ReviewAction.EDIT, ReviewStatus.DRAFT),
                Arguments.of(ReviewStatus.PUBLISHED, ReviewAction.RETIRE, ReviewStatus.RETIRED),
                Arguments.of(ReviewStatus.RETIRED, ReviewAction.EDIT, ReviewStatus.DRAFT));
    }

    static Stream<Arguments> illegalSteps() {
        var legal = legalSteps().map(step -> List.of(step.get()[0], step.get()[1])).toList();
        var illegal = new ArrayList<Arguments>();
        for (var status : ReviewStatus.values()) {
            for (var action : ReviewAction.values()) {
                if (action != ReviewAction.CREATE && !legal.contains(List.of(status, action))) {
                    illegal.add(Arguments.of(status, action));
                }
            }
        }
        return illegal.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("legalSteps")
    void takesEveryLegalStep(ReviewStatus from, ReviewAction action, ReviewStatus to) {
        var item = itemIn(from);

        take(action, item);

        assertThat(item.status()).isEqualTo(to);
        assertThat(item.history().getLast().action()).isEqualTo(action);
    }

    @ParameterizedTest(name = "{1} refused while {0}")
    @MethodSource("illegalSteps")
    void refusesEveryIllegalStepNamingTheStateAndTheAction(ReviewStatus from, ReviewAction action) {
        var item = itemIn(from);

        assertThatThrownBy(() -> take(action, item))
                .isInstanceOfSatisfying(IllegalTransitionException.class, refused -> {
                    assertThat(refused.current()).isEqualTo(from);
                    assertThat(refused.attempted()).isEqualTo(action);
                    assertThat(refused.key()).isEqualTo(item.key());
                })
                .hasMessageContaining(from.name())
                .hasMessageContaining(action.name());
    }

    @Test
    void theTableCoversSevenLegalAndThirteenIllegalSteps() {
        assertThat(legalSteps()).hasSize(7);
        assertThat(illegalSteps()).hasSize(13);
    }

    @ParameterizedTest(name = "{1} refused while {0}")
    @MethodSource("illegalSteps")
    void aRefusedStepChangesNothing(ReviewStatus from, ReviewAction action) {
        var item = itemIn(from);
        var versions = item.versions();
        var history = item.history();

        assertThatThrownBy(() -> take(action, item)).isInstanceOf(WorkflowException.class);

        assertThat(item.versions()).isEqualTo(versions);
        assertThat(item.history()).isEqualTo(history);
        assertThat(item.releaseEvents()).isEmpty();
    }
}
