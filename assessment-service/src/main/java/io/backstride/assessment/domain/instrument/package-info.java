/**
 * The instrument language: questionnaires as versioned data (items, skip logic, scoring, safety and
 * factor rules, localised texts), answers to them, and their validation. Plain Java records that a JSON
 * binder can fill directly from the files under {@code resources/instruments/}.
 */
package io.backstride.assessment.domain.instrument;
