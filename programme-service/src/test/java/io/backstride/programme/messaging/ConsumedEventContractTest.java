package io.backstride.programme.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import io.backstride.platform.events.IncomingEvent;
import io.backstride.programme.Events;
import io.backstride.programme.application.LibraryUpdates;
import io.backstride.programme.application.Planning;
import io.backstride.programme.domain.assessment.CheckIn;
import io.backstride.programme.domain.assessment.Emphasis;
import io.backstride.programme.domain.assessment.Factor;
import io.backstride.programme.domain.assessment.Outcome;
import io.backstride.programme.domain.library.Level;
import io.backstride.programme.domain.library.LibraryExercise;
import io.backstride.programme.domain.library.Purpose;
import io.backstride.programme.persistence.AssessmentRecord;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumer contract: this service reads the examples of the producers' schemas (read from the content and
 * assessment modules' {@code src/main/resources/events}) into what planning needs.
 */
class ConsumedEventContractTest {

    private final JsonMapper json = JsonMapper.shared();

    @Test
    void readsThePublishedExerciseOfTheContentServicesExample() {
        var library = mock(LibraryUpdates.class);
        var listener = new ContentListener(null, json, library);

        listener.handle(event(Events.CONTENT_PUBLISHED, Events.example(Events.CONTENT_PUBLISHED).toString()));

        var exercise = ArgumentCaptor.forClass(LibraryExercise.class);
        verify(library).published(exercise.capture(), eq("en-GB"), eq(2));
        assertThat(exercise.getValue().id()).isEqualTo("glute-bridge");
        assertThat(exercise.getValue().purpose()).isEqualTo(Purpose.STRENGTH);
        assertThat(exercise.getValue().dosage(Level.HARDER).orElseThrow().eachSide()).isTrue();
        assertThat(exercise.getValue().progression().orElseThrow().exerciseId()).isEqualTo("neutral-pelvis-step-up");
    }

    @Test
    void readsARetirementOfTheContentServicesExample() {
        var library = mock(LibraryUpdates.class);
        new ContentListener(null, json, library)
                .handle(event(Events.CONTENT_RETIRED, Events.example(Events.CONTENT_RETIRED).toString()));

        verify(library).retired("ARTICLE", "running-technique-cues", "en-GB", 1);
    }

    @Test
    void readsTheAssessmentServicesCompletedAssessmentExample() {
        var planning = mock(Planning.class);
        new AssessmentListener(null, json, planning)
                .handle(event(Events.ASSESSMENT_COMPLETED, Events.example(Events.ASSESSMENT_COMPLETED).toString()));

        var received = ArgumentCaptor.forClass(AssessmentRecord.class);
        verify(planning).assessmentCompleted(received.capture(), eq("PROCEED_WITH_CAUTION"));
        var assessment = received.getValue().assessment();
        assertThat(assessment.outcome()).isEqualTo(Outcome.PROCEED_WITH_CAUTION);
        assertThat(assessment.runnerId()).isEqualTo("runner-42");
        assertThat(assessment.profile().has(Factor.FATIGUE)).isTrue();
        assertThat(assessment.profile().emphasises(Emphasis.STRENGTH_WORK)).isTrue();
        assertThat(received.getValue().tenantId()).isEqualTo("london-marathon");
        assertThat(received.getValue().raceId()).isEqualTo("lm-2026");
    }

    @Test
    void readsAnOutcomeItDoesNotKnowAsUnrecognised() {
        var planning = mock(Planning.class);
        var payload = Events.example(Events.ASSESSMENT_COMPLETED).put("outcome", "SOMETHING_NEW");
        new AssessmentListener(null, json, planning).handle(event(Events.ASSESSMENT_COMPLETED, payload.toString()));

        var received = ArgumentCaptor.forClass(AssessmentRecord.class);
        verify(planning).assessmentCompleted(received.capture(), eq("SOMETHING_NEW"));
        assertThat(received.getValue().assessment().outcome()).isEqualTo(Outcome.UNRECOGNISED);
    }

    @Test
    void readsTheAssessmentServicesCheckInExampleWithItsNewRedFlag() {
        var planning = mock(Planning.class);
        new AssessmentListener(null, json, planning)
                .handle(event(Events.CHECK_IN_COMPLETED, Events.example(Events.CHECK_IN_COMPLETED).toString()));

        var checkIn = ArgumentCaptor.forClass(CheckIn.class);
        verify(planning).checkInCompleted(checkIn.capture(), eq("runner-42"), eq("london-marathon"));
        assertThat(checkIn.getValue().raisesRedFlag()).isTrue();
        assertThat(checkIn.getValue().newRedFlags()).containsExactly("CI-LEG-SYMPTOMS");
    }

    private static IncomingEvent event(String type, String data) {
        return new IncomingEvent("event-1", type, "/backstride/test", "key", null, "req-1", "topic", "key",
                data.getBytes(StandardCharsets.UTF_8));
    }

}
