package io.backstride.programme.persistence;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface LogBuckets extends MongoRepository<LogBucketDocument, String> {

    List<LogBucketDocument> findByProgrammeId(String programmeId);
}
