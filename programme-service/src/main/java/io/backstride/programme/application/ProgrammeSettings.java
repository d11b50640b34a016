package io.backstride.programme.application;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults for runners who have not set their preferences: the assessment event carries neither running days
 * nor a time zone ({@code BACKSTRIDE_PROGRAMME_DEFAULT_RUN_DAYS}, {@code BACKSTRIDE_PROGRAMME_DEFAULT_ZONE}).
 */
@ConfigurationProperties("backstride.programme")
public record ProgrammeSettings(@DefaultValue({"TUESDAY", "THURSDAY", "SATURDAY"}) List<DayOfWeek> defaultRunDays,
                                @DefaultValue("Europe/London") ZoneId defaultZone) {
}
