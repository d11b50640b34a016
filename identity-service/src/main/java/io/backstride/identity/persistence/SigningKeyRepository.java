package io.backstride.identity.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface SigningKeyRepository extends MongoRepository<SigningKeyDocument, String> {
}
