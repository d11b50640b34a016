package io.backstride.assessment.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.backstride.assessment.domain.instrument.InstrumentVersion;
import io.backstride.assessment.domain.profile.FactorProfile;
import io.backstride.assessment.domain.scoring.Score;
import io.backstride.assessment.domain.scoring.Scores;
import io.backstride.assessment.domain.scoring.Trend;
import io.backstride.assessment.domain.screening.FiredRule;
import io.backstride.assessment.domain.screening.UrgentCare;

/** The parts that assessment and check-in responses share, made for the API. */
final class ApiResponses {

    private ApiResponses() {
    }

    /** A rule that fired, with its plain-language reason in the runner's locale and the answers that fired it. */
    record FiredRuleResponse(String ruleId, int ruleVersion, String instrumentId, String instrumentVersion,
                             String kind, String level, String reason, Map<String, String> inputs) {

        static List<FiredRuleResponse> all(List<FiredRule> rules) {
            return rules.stream().map(rule -> new FiredRuleResponse(rule.ruleId(), rule.ruleVersion(),
                    rule.instrument().id(), rule.instrument().version(), rule.kind().name(), rule.level().name(),
                    rule.reason(), rule.inputs())).toList();
        }
    }

    record ScoreResponse(String key, String instrumentId, String scoreId, double value, String band, String better,
                         Double meaningfulChange) {

        static List<ScoreResponse> all(Scores scores) {
            return scores.all().stream().map(ScoreResponse::of).toList();
        }

        private static ScoreResponse of(Score score) {
            return new ScoreResponse(score.key(), score.instrumentId(), score.scoreId(), score.value(), score.band(),
                    score.better() == null ? null : score.better().name(), score.meaningfulChange());
        }
    }

    record TrendResponse(String scoreKey, double baseline, double current, double change, String direction) {

        static List<TrendResponse> all(List<Trend> trends) {
            return trends.stream().map(trend -> new TrendResponse(trend.scoreKey(), trend.baseline(), trend.current(),
                    trend.change(), trend.direction().name())).toList();
        }
    }

    record InstrumentRef(String id, String version) {

        static List<InstrumentRef> all(List<InstrumentVersion> versions) {
            return versions.stream().map(version -> new InstrumentRef(version.id(), version.version())).toList();
        }
    }

    /** The contributing factors, strongest first, each with its reasons, and the programme emphases they pick. */
    record ProfileResponse(String instrumentId, String instrumentVersion, boolean balanced, String summary,
                           List<Finding> findings, List<EmphasisResponse> emphases) {

        record Finding(String factor, List<Reason> reasons) {
        }

        record Reason(String ruleId, int ruleVersion, String reason) {
        }

        record EmphasisResponse(String emphasis, String explanation, List<String> ruleIds) {
        }

        static ProfileResponse of(FactorProfile profile) {
            return new ProfileResponse(profile.instrument().id(), profile.instrument().version(), profile.balanced(),
                    profile.summary(),
                    profile.findings().stream().map(finding -> new Finding(finding.factor().name(),
                            finding.reasons().stream().map(reason -> new Reason(reason.ruleId(), reason.ruleVersion(),
                                    reason.reason())).toList())).toList(),
                    profile.emphases().stream().map(emphasis -> new EmphasisResponse(emphasis.emphasis().name(),
                            emphasis.explanation(), emphasis.ruleIds())).toList());
        }
    }

    /** What to do now, in the runner's locale, naming that country's services; and the rules that call for it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UrgentCareResponse(String locale, String headline, String message, List<Contact> contacts,
                              String adviceVersion, List<String> ruleIds) {

        record Contact(String label, String number) {
        }

        static UrgentCareResponse of(UrgentCare urgentCare) {
            var advice = urgentCare.advice();
            return new UrgentCareResponse(advice.locale(), advice.headline(), advice.message(),
                    advice.contacts().stream().map(contact -> new Contact(contact.label(), contact.number())).toList(),
                    urgentCare.adviceVersion(), urgentCare.rules().stream().map(FiredRule::ruleId).toList());
        }
    }

    /** A page of a runner's history, newest first. */
    record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
    }
}
