package io.backstride.assessment.persistence;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface AssessmentRepository extends MongoRepository<AssessmentDocument, String> {

    Optional<AssessmentDocument> findByRunnerIdAndIdempotencyKey(String runnerId, String idempotencyKey);

    Optional<AssessmentDocument> findByIdAndRunnerId(String id, String runnerId);

    Page<AssessmentDocument> findByRunnerIdOrderByCreatedAtDesc(String runnerId, Pageable pageable);

    Optional<AssessmentDocument> findFirstByRunnerIdOrderByCreatedAtDesc(String runnerId);

    long countByRunnerId(String runnerId);
}
