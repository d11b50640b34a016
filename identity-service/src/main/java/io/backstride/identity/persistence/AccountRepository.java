package io.backstride.identity.persistence;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AccountRepository extends MongoRepository<AccountDocument, String>, SignInCounters {

    Optional<AccountDocument> findByEmail(String email);

    Optional<AccountDocument> findByRunnerId(String runnerId);
}
