package io.backstride.content.persistence;

import io.backstride.content.domain.library.ContentType;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ContentItemRepository extends MongoRepository<ContentItemDocument, String> {

    boolean existsByTypeAndContentId(ContentType type, String contentId);

    List<ContentItemDocument> findByLiveVersionNotNull();
}
