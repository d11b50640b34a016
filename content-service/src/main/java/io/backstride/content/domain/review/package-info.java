/**
 * Review and publication of versioned content items: the {@link io.backstride.content.domain.review.ContentItem}
 * aggregate, its recorded transitions and the events it registers.
 */
package io.backstride.content.domain.review;
