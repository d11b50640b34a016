package io.backstride.assessment.domain.scoring;

import io.backstride.assessment.domain.instrument.Answer;
import io.backstride.assessment.domain.instrument.Answers;
import io.backstride.assessment.domain.instrument.Band;
import io.backstride.assessment.domain.instrument.Instrument;
import io.backstride.assessment.domain.instrument.Option;
import io.backstride.assessment.domain.instrument.ScoreDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Computes an instrument's scores from validated answers. Pure: the same answers always give the
 * same scores. Items without an answer (optional or hidden) are left out; a score none of whose items
 * was answered is not reported at all rather than reported as zero.
 */
public final class Scoring {

    private Scoring() {
    }

    public static List<Score> score(Instrument instrument, Answers answers) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (var definition : instrument.scores()) {
            valueOf(definition, instrument, answers).ifPresent(value -> values.put(definition.id(), value));
        }
        var scores = new ArrayList<Score>();
        for (var definition : instrument.scores()) {
            var value = values.get(definition.id());
            if (value != null) {
                scores.add(new Score(instrument.id(), definition.id(), value, bandOf(definition, value, values),
                        definition.better(), definition.meaningfulChange()));
            }
        }
        return scores;
    }

    private static OptionalDouble valueOf(ScoreDefinition definition, Instrument instrument, Answers answers) {
        var itemValues = definition.items().stream()
                .map(itemId -> answers.find(itemId).map(answer -> itemValue(instrument, itemId, answer)).orElse(null))
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .toArray();
        if (itemValues.length == 0) {
            return OptionalDouble.empty();
        }
        var sum = Arrays.stream(itemValues).sum();
        return OptionalDouble.of(switch (definition.method()) {
            case SUM -> sum;
            case MEAN -> sum / itemValues.length;
        });
    }

    private static Double itemValue(Instrument instrument, String itemId, Answer answer) {
        return switch (answer) {
            case Answer.YesNo yesNo -> yesNo.yes() ? 1.0 : 0.0;
            case Answer.Numeric numeric -> numeric.value();
            case Answer.Text text -> instrument.item(itemId)
                    .flatMap(item -> item.option(text.value()))
                    .map(Option::score)
                    .orElse(null);
            case Answer.Unreadable unreadable -> null;
        };
    }

    private static String bandOf(ScoreDefinition definition, double value, Map<String, Double> values) {
        return definition.bands().stream()
                .filter(band -> value >= band.min() && value <= band.max())
                .filter(band -> meetsRequirement(band, values))
                .map(Band::label)
                .findFirst()
                .orElse(null);
    }

    private static boolean meetsRequirement(Band band, Map<String, Double> values) {
        if (band.requires() == null) {
            return true;
        }
        var other = values.get(band.requires().score());
        return other != null && other >= band.requires().atLeast();
    }
}
