package io.backstride.assessment.persistence;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface CheckInRepository extends MongoRepository<CheckInDocument, String> {

    Optional<CheckInDocument> findByRunnerIdAndIdempotencyKey(String runnerId, String idempotencyKey);

    Page<CheckInDocument> findByRunnerIdOrderByCreatedAtDesc(String runnerId, Pageable pageable);

    long countByRunnerId(String runnerId);
}
