package io.backstride.assessment.domain.screening;

/** A service to call, e.g. "NHS 111" and "111". */
public record EmergencyContact(String label, String number) {
}
