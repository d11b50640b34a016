package io.backstride.identity.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface AuditLogRepository extends MongoRepository<AuditEntryDocument, String> {

    List<AuditEntryDocument> findByTimeBeforeOrderByTimeDesc(Instant before, Pageable page);

    List<AuditEntryDocument> findByActionAndTimeBeforeOrderByTimeDesc(String action, Instant before, Pageable page);
}
