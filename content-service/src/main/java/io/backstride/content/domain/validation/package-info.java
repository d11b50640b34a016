/**
 * Validation of content: every problem is reported at once, each with a field path, and only
 * content without problems becomes {@link io.backstride.content.domain.validation.ValidContent},
 * the only form a content item accepts.
 */
package io.backstride.content.domain.validation;
