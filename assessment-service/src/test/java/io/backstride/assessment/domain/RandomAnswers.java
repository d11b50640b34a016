package io.backstride.assessment.domain;

import io.backstride.assessment.domain.instrument.Answer;
import io.backstride.assessment.domain.instrument.Answers;
import io.backstride.assessment.domain.instrument.Instrument;
import io.backstride.assessment.domain.instrument.InstrumentCatalogue;
import io.backstride.assessment.domain.instrument.Item;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random answers that are always valid: every shown required item answered, optional ones
 * sometimes, hidden ones never. Answers already fixed by a test (a red-flag trigger, say) are kept
 * as they are; everything else is filled around them.
 */
public final class RandomAnswers {

    private RandomAnswers() {
    }

    public static AnswerSet around(AnswerSet fixed, InstrumentCatalogue catalogue, Iterable<String> instrumentIds,
                                   Random random) {
        var result = new LinkedHashMap<String, Map<String, Answer>>();
        for (var instrumentId : instrumentIds) {
            result.put(instrumentId, fill(catalogue.get(instrumentId), fixed.answersTo(instrumentId), random));
        }
        return AnswerSet.of(result);
    }

    static Map<String, Answer> fill(Instrument instrument, Map<String, Answer> fixed, Random random) {
        var answers = new LinkedHashMap<String, Answer>();
        for (var item : instrument.items()) {
            var shown = item.showIf() == null || item.showIf().holdsFor(Answers.of(answers));
            if (!shown) {
                continue;
            }
            if (fixed.containsKey(item.id())) {
                answers.put(item.id(), fixed.get(item.id()));
            } else if (item.required() || random.nextBoolean()) {
                answers.put(item.id(), anyAnswer(item, random));
            }
        }
        return answers;
    }

    public static Answer anyAnswer(Item item, Random random) {
        return switch (item.type()) {
            case YES_NO -> random.nextBoolean() ? Answer.yes() : Answer.no();
            case SINGLE_CHOICE -> Answer.text(item.options().get(random.nextInt(item.options().size())).value());
            case SCALE_0_10 -> Answer.number(random.nextInt(11));
            case NUMBER -> Answer.number(random.nextInt(item.range().min().intValue(), item.range().max().intValue() + 1));
            case SHORT_TEXT -> Answer.text("activity " + random.nextInt(1000));
        };
    }
}
