/**
 * Screening before any programme: safety rules over every submitted instrument, highest outcome wins,
 * urgent-care advice per locale, and the initial assessment that puts answers, outcome, profile and
 * scores together in one result.
 */
package io.backstride.assessment.domain.screening;
