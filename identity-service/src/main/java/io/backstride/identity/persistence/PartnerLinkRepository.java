package io.backstride.identity.persistence;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface PartnerLinkRepository extends MongoRepository<PartnerLinkDocument, String> {

    List<PartnerLinkDocument> findByRunnerId(String runnerId);
}
