package io.backstride.content.domain.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.content.domain.Samples;
import io.backstride.content.domain.validation.ContentValidator;
import io.backstride.content.domain.validation.KnownContent;
import io.backstride.content.domain.validation.Violation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The records bind from and to JSON with a plain Jackson 3 mapper, as the seed files and the API use them. */
class ContentJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anExerciseSurvivesARoundTripThroughJson() {
        var exercise = Samples.exercise("glute-bridge").build();

        assertThat(json.readValue(json.writeValueAsString(exercise), Exercise.class)).isEqualTo(exercise);
    }

    @Test
    void onlyTheRecordsOwnFieldsAreWritten() {
        var written = json.writeValueAsString(Samples.article("is-this-for-you"));

        assertThat(json.readTree(written).propertyNames()).containsExactly(
                "slug", "locale", "title", "summary", "body", "audience", "tags", "scopeNote");
    }

    @Test
    void leftOutFlagsMeanNo() {
        var dosage = json.readValue("{\"sets\":2,\"reps\":10,\"restSeconds\":30}", Dosage.class);
        var media = json.readValue("{\"videoUrl\":\"/media/a.mp4\"}", Media.class);

        assertThat(dosage.eachSide()).isFalse();
        assertThat(media.placeholder()).isFalse();
    }

    @Test
    void anIncompleteExerciseBindsSoThatValidationCanNameEveryGap() {
        var exercise = json.readValue("{\"id\":\"glute-bridge\",\"locale\":\"en-GB\",\"targets\":[null],"
                + "\"levels\":[{\"level\":\"BASE\",\"dosage\":{}}],\"media\":[{\"captions\":[{}]}]}", Exercise.class);

        var violations = new ContentValidator(KnownContent.none()).check(exercise);

        assertThat(violations).extracting(Violation::path).contains(
                "name", "targets[0]", "levels[0].dosage.sets", "levels[0].dosage.restSeconds", "levels",
                "media[0].altText", "media[0].captions[0].startSeconds");
    }
}
