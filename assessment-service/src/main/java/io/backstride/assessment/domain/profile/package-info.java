/** The contributing-factor profile (habit, technique, strength, fatigue) and the programme emphasis it picks. */
package io.backstride.assessment.domain.profile;
