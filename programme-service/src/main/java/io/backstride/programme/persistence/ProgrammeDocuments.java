package io.backstride.programme.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ProgrammeDocuments extends MongoRepository<ProgrammeDocument, String> {

    Optional<ProgrammeDocument> findByCurrentKey(String runnerId);

    List<ProgrammeDocument> findTop100ByStatusAndEndDateBefore(String status, LocalDate date);
}
