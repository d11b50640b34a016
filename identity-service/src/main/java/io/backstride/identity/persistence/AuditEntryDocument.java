package io.backstride.identity.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One security-relevant event: who did what to whom, when, in which request. Never holds secrets. */
@Document("audit_log")
public record AuditEntryDocument(@Id String id, @Indexed Instant time, String actor, @Indexed String action,
                                 String target, String tenantId, String outcome, String detail, String requestId) {
}
