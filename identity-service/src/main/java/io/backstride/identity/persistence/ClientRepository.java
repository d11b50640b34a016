package io.backstride.identity.persistence;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ClientRepository extends MongoRepository<ClientDocument, String> {

    Optional<ClientDocument> findByClientId(String clientId);
}
