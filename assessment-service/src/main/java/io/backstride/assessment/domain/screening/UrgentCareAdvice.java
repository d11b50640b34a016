package io.backstride.assessment.domain.screening;

import java.util.List;

/** What to do now when cauda equina is possible, worded for one locale and naming its own services. */
public record UrgentCareAdvice(String locale, String headline, String message, List<EmergencyContact> contacts) {

    public UrgentCareAdvice {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
