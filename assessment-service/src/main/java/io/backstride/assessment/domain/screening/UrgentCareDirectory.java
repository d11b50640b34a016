package io.backstride.assessment.domain.screening;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * Urgent-care advice per locale, kept as configurable data. A locale without its own entry gets the
 * neutral fallback, which names no country's services: telling a runner abroad to ring NHS 111 would
 * be wrong advice at the worst moment, so there is deliberately no fallback to en-GB here.
 */
public record UrgentCareDirectory(String version, List<UrgentCareAdvice> advice, UrgentCareAdvice fallback) {

    public UrgentCareDirectory {
        advice = advice == null ? List.of() : List.copyOf(advice);
    }

    public UrgentCareAdvice adviceFor(Locale locale) {
        var tag = locale.toLanguageTag();
        return advice.stream().filter(entry -> entry.locale().equals(tag)).findFirst().orElse(fallback);
    }

    public boolean covers(Locale locale) {
        var tag = locale.toLanguageTag();
        return advice.stream().anyMatch(entry -> entry.locale().equals(tag));
    }

    /** Every problem that would make the directory unsafe to use; empty when it is whole. */
    public List<String> problems() {
        var problems = new ArrayList<String>();
        if (version == null || version.isBlank()) {
            problems.add("urgent-care advice has no version");
        }
        if (fallback == null) {
            problems.add("urgent-care advice has no fallback");
        } else {
            problems.addAll(problemsOf(fallback, "fallback"));
        }
        var locales = new HashSet<String>();
        for (var entry : advice) {
            problems.addAll(problemsOf(entry, entry.locale()));
            if (entry.locale() != null && !locales.add(entry.locale())) {
                problems.add("urgent-care advice for " + entry.locale() + " is given more than once");
            }
            if (entry.locale() == null || !Locale.forLanguageTag(entry.locale()).toLanguageTag().equals(entry.locale())) {
                problems.add("urgent-care advice has a malformed locale " + entry.locale());
            }
        }
        return problems;
    }

    private static List<String> problemsOf(UrgentCareAdvice entry, String name) {
        var problems = new ArrayList<String>();
        if (blank(entry.headline()) || blank(entry.message())) {
            problems.add("urgent-care advice " + name + " needs a headline and a message");
        }
        entry.contacts().stream().filter(contact -> blank(contact.label()) || blank(contact.number()))
                .forEach(contact -> problems.add("urgent-care advice " + name + " has a contact without label or number"));
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
