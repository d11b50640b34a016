package io.backstride.identity.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AuthorizationConsentRepository extends MongoRepository<AuthorizationConsentDocument, String> {
}
