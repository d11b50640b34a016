package io.backstride.identity.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AuthorizationRepository extends MongoRepository<AuthorizationDocument, String> {

    Optional<AuthorizationDocument> findFirstByStateHash(String hash);

    Optional<AuthorizationDocument> findFirstByCodeHash(String hash);

    Optional<AuthorizationDocument> findFirstByAccessTokenHash(String hash);

    Optional<AuthorizationDocument> findFirstByIdTokenHash(String hash);

    Optional<AuthorizationDocument> findFirstByRefreshTokenHash(String hash);

    List<AuthorizationDocument> findByPrincipalNameAndRegisteredClientId(String principalName, String registeredClientId);
}
