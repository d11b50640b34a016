package io.backstride.assessment.messaging;

import java.util.List;

import io.backstride.assessment.domain.scoring.Scores;

/** A score in an event: which score of which instrument, its value and its band label (a code) if banded. */
public record EventScore(String key, String instrumentId, String scoreId, double value, String band) {

    static List<EventScore> all(Scores scores) {
        return scores.all().stream()
                .map(score -> new EventScore(score.key(), score.instrumentId(), score.scoreId(), score.value(), score.band()))
                .toList();
    }
}
