package io.backstride.assessment.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the instruments and the urgent-care advice come from.
 *
 * @param instrumentLocations resource patterns of instrument files; an operator holding a licence adds e.g.
 *                            {@code file:/etc/backstride/instruments/*.json}
 * @param urgentCareAdvice    the urgent-care advice per locale; override with a file of the same format
 *                            ({@code BACKSTRIDE_ASSESSMENT_URGENT_CARE_ADVICE=file:/etc/backstride/urgent-care.json})
 */
@ConfigurationProperties("backstride.assessment")
public record AssessmentProperties(
        @DefaultValue("classpath*:instruments/*.json") List<String> instrumentLocations,
        @DefaultValue("classpath:instruments/advice/urgent-care.json") String urgentCareAdvice) {
}
