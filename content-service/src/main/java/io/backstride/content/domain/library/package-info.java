/**
 * The content library: articles, exercises, technique cues and the scope statement, as plain
 * immutable records whose shape is also the seed and payload JSON shape.
 *
 * <p>Records here accept incomplete input (a missing list becomes empty, null elements are kept)
 * so that validation can report every problem at once instead of failing on the first one.
 */
package io.backstride.content.domain.library;
