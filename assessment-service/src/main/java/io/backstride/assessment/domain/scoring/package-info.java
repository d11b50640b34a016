/** Scores computed from answers (sum, mean, subscales, bands) and their trend against a baseline. */
package io.backstride.assessment.domain.scoring;
