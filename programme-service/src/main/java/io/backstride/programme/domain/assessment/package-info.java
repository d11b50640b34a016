/** What this service reads from the assessment service's events: outcomes, factor profiles, check-ins. */
package io.backstride.programme.domain.assessment;
