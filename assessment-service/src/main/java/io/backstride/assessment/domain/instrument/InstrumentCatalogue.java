package io.backstride.assessment.domain.instrument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The instruments in force, one version each, checked for integrity as a whole when built: an
 * instrument with a broken rule never answers a runner.
 */
public final class InstrumentCatalogue {

    private final Map<String, Instrument> byId;

    private InstrumentCatalogue(Map<String, Instrument> byId) {
        this.byId = byId;
    }

    public static InstrumentCatalogue load(InstrumentSource source) {
        return of(source.instruments());
    }

    /** @throws InstrumentIntegrityException listing every problem of every instrument */
    public static InstrumentCatalogue of(Collection<Instrument> instruments) {
        var problems = new ArrayList<String>();
        var byId = new LinkedHashMap<String, Instrument>();
        for (var instrument : instruments) {
            problems.addAll(InstrumentIntegrity.problemsOf(instrument));
            if (byId.putIfAbsent(instrument.id(), instrument) != null) {
                problems.add(instrument.id() + ": more than one instrument has this id");
            }
        }
        var catalogue = new InstrumentCatalogue(byId);
        problems.addAll(catalogue.trendRuleProblems());
        if (!problems.isEmpty()) {
            throw new InstrumentIntegrityException(problems);
        }
        return catalogue;
    }

    public Optional<Instrument> find(String instrumentId) {
        return Optional.ofNullable(byId.get(instrumentId));
    }

    public Instrument get(String instrumentId) {
        return find(instrumentId).orElseThrow(() -> new IllegalArgumentException("No instrument " + instrumentId));
    }

    public Collection<Instrument> all() {
        return byId.values();
    }

    /** A score by its key {@code instrumentId:scoreId}. */
    public Optional<ScoreDefinition> score(String key) {
        var parts = key.split(":", 2);
        return parts.length < 2 ? Optional.empty() : find(parts[0]).flatMap(instrument -> instrument.score(parts[1]));
    }

    private List<String> trendRuleProblems() {
        var problems = new ArrayList<String>();
        for (var instrument : byId.values()) {
            for (var rule : instrument.trendRules()) {
                var score = score(rule.score());
                if (score.isEmpty()) {
                    problems.add(instrument.id() + ": trend rule " + rule.id() + " refers to unknown score " + rule.score());
                } else if (!score.get().tracksTrend()) {
                    problems.add(instrument.id() + ": trend rule " + rule.id() + " refers to " + rule.score()
                            + ", which has no meaningfulChange");
                }
            }
        }
        return problems;
    }
}
