package io.backstride.content.domain.review;

import io.backstride.content.domain.library.Content;

/** One numbered version of an item's content, with its status. */
public record ContentVersion(int number, Content content, ReviewStatus status) {

    ContentVersion withStatus(ReviewStatus next) {
        return new ContentVersion(number, content, next);
    }

    ContentVersion withContent(Content edited) {
        return new ContentVersion(number, edited, status);
    }
}
