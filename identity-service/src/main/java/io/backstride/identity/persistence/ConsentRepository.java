package io.backstride.identity.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ConsentRepository extends MongoRepository<ConsentDocument, String> {
}
