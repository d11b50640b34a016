package io.backstride.identity.persistence;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface InvitationRepository extends MongoRepository<InvitationDocument, String> {

    List<InvitationDocument> findByAccountIdAndUsedAtIsNull(String accountId);
}
