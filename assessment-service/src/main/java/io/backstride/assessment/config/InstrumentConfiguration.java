package io.backstride.assessment.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.backstride.assessment.domain.checkin.WeeklyCheckIn;
import io.backstride.assessment.domain.instrument.InstrumentCatalogue;
import io.backstride.assessment.domain.screening.InitialAssessment;
import io.backstride.assessment.domain.screening.InstrumentSet;
import io.backstride.assessment.domain.screening.UrgentCareDirectory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Loads the instruments and the urgent-care advice once, at start-up. Anything broken (an unreadable file, an
 * unknown property, an integrity problem, a missing instrument, advice missing for a locale that has
 * instrument texts) stops the service from starting: no runner is ever answered by a broken rule.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssessmentProperties.class)
public class InstrumentConfiguration {

    @Bean
    InstrumentCatalogue instrumentCatalogue(ResourcePatternResolver resolver, AssessmentProperties properties) {
        var catalogue = InstrumentCatalogue.load(new InstrumentFiles(resolver, properties.instrumentLocations()));
        var missing = Stream.of(InstrumentSet.INITIAL_ASSESSMENT, InstrumentSet.WEEKLY_CHECK_IN)
                .flatMap(set -> Stream.concat(Stream.of(set.screening()), set.others().stream()))
                .distinct()
                .filter(id -> catalogue.find(id).isEmpty())
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Instruments the journeys need are missing: " + missing);
        }
        return catalogue;
    }

    @Bean
    UrgentCareDirectory urgentCareDirectory(ResourcePatternResolver resolver, AssessmentProperties properties,
                                            InstrumentCatalogue catalogue) {
        var directory = new InstrumentFiles(resolver, List.of()).urgentCare(properties.urgentCareAdvice());
        var problems = new ArrayList<>(directory.problems());
        catalogue.all().stream()
                .flatMap(instrument -> instrument.texts().keySet().stream())
                .distinct()
                .map(Locale::forLanguageTag)
                .filter(locale -> !directory.covers(locale))
                .forEach(locale -> problems.add("no urgent-care advice of its own for " + locale.toLanguageTag()
                        + ", which has instrument texts"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Urgent-care advice " + properties.urgentCareAdvice()
                    + " is not safe to use: " + String.join("; ", problems));
        }
        return directory;
    }

    @Bean
    InitialAssessment initialAssessment(InstrumentCatalogue catalogue, UrgentCareDirectory urgentCare) {
        return new InitialAssessment(catalogue, urgentCare);
    }

    @Bean
    WeeklyCheckIn weeklyCheckIn(InstrumentCatalogue catalogue, UrgentCareDirectory urgentCare) {
        return new WeeklyCheckIn(catalogue, urgentCare);
    }
}
