/** The versioned rule table of clinical-rules §4 and the engine that applies it to logs in the order they happened. */
package io.backstride.programme.domain.rules;
