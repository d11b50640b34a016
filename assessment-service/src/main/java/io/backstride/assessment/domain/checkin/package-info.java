/** Weekly check-ins: red-flag questions again, pain and function against the baseline, trend rules. */
package io.backstride.assessment.domain.checkin;
