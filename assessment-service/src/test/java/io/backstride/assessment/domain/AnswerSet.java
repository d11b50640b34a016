package io.backstride.assessment.domain;

import io.backstride.assessment.domain.instrument.Answer;
import io.backstride.assessment.domain.instrument.InstrumentCatalogue;
import io.backstride.assessment.domain.instrument.Submission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answers to several instruments, changed one answer at a time in tests. Immutable. */
public final class AnswerSet {

    private final Map<String, Map<String, Answer>> byInstrument;

    private AnswerSet(Map<String, Map<String, Answer>> byInstrument) {
        this.byInstrument = byInstrument;
    }

    public static AnswerSet empty() {
        return new AnswerSet(new LinkedHashMap<>());
    }

    public static AnswerSet of(Map<String, Map<String, Answer>> byInstrument) {
        var copy = new LinkedHashMap<String, Map<String, Answer>>();
        byInstrument.forEach((id, answers) -> copy.put(id, new LinkedHashMap<>(answers)));
        return new AnswerSet(copy);
    }

    public AnswerSet with(String instrumentId, String itemId, Answer answer) {
        var copy = copy();
        copy.computeIfAbsent(instrumentId, id -> new LinkedHashMap<>()).put(itemId, answer);
        return new AnswerSet(copy);
    }

    public AnswerSet yes(String instrumentId, String itemId) {
        return with(instrumentId, itemId, Answer.yes());
    }

    public AnswerSet no(String instrumentId, String itemId) {
        return with(instrumentId, itemId, Answer.no());
    }

    public AnswerSet choice(String instrumentId, String itemId, String option) {
        return with(instrumentId, itemId, Answer.text(option));
    }

    public AnswerSet number(String instrumentId, String itemId, double value) {
        return with(instrumentId, itemId, Answer.number(value));
    }

    public AnswerSet without(String instrumentId, String itemId) {
        var copy = copy();
        copy.getOrDefault(instrumentId, new LinkedHashMap<>()).remove(itemId);
        return new AnswerSet(copy);
    }

    public AnswerSet withoutInstrument(String instrumentId) {
        var copy = copy();
        copy.remove(instrumentId);
        return new AnswerSet(copy);
    }

    public AnswerSet only(String instrumentId) {
        var copy = new LinkedHashMap<String, Map<String, Answer>>();
        copy.put(instrumentId, new LinkedHashMap<>(answersTo(instrumentId)));
        return new AnswerSet(copy);
    }

    public AnswerSet plus(AnswerSet other) {
        var copy = copy();
        other.byInstrument.forEach((id, answers) -> copy.computeIfAbsent(id, k -> new LinkedHashMap<>()).putAll(answers));
        return new AnswerSet(copy);
    }

    public Map<String, Answer> answersTo(String instrumentId) {
        return byInstrument.getOrDefault(instrumentId, Map.of());
    }

    public List<String> instrumentIds() {
        return List.copyOf(byInstrument.keySet());
    }

    /** Submissions to the versions currently in the catalogue. */
    public List<Submission> submissions(InstrumentCatalogue catalogue) {
        return byInstrument.entrySet().stream()
                .map(entry -> new Submission(entry.getKey(),
                        catalogue.find(entry.getKey()).map(instrument -> instrument.version()).orElse("1.0.0"),
                        entry.getValue()))
                .toList();
    }

    private LinkedHashMap<String, Map<String, Answer>> copy() {
        var copy = new LinkedHashMap<String, Map<String, Answer>>();
        byInstrument.forEach((id, answers) -> copy.put(id, new LinkedHashMap<>(answers)));
        return copy;
    }

    @Override
    public String toString() {
        return byInstrument.toString();
    }
}
