package io.backstride.identity.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.backstride.identity.persistence.AuditEntryDocument;
import io.backstride.identity.persistence.AuditLogRepository;
import io.backstride.platform.web.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/** The security audit log: sign-ins, consent changes, role changes, partner links, invitations. */
@Service
public class AuditLog {

    public static final String SIGN_IN = "SIGN_IN";
    public static final String CONSENT_GIVEN = "CONSENT_GIVEN";
    public static final String CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN";
    public static final String ROLES_CHANGED = "ROLES_CHANGED";
    public static final String PARTNER_LINKED = "PARTNER_LINKED";
    public static final String PARTNER_LINK_REVOKED = "PARTNER_LINK_REVOKED";
    public static final String RUNNER_INVITED = "RUNNER_INVITED";
    public static final String INVITATION_ACCEPTED = "INVITATION_ACCEPTED";
    public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";

    public static final int MAX_PAGE = 200;

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final AuditLogRepository entries;
    private final Clock clock;

    public AuditLog(AuditLogRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public record Entry(String id, Instant time, String actor, String action, String target, String tenantId,
                        String outcome, String detail, String requestId) {
    }

    public void success(String actor, String action, String target, String tenantId, String detail) {
        write(actor, action, target, tenantId, "SUCCESS", detail);
    }

    public void failure(String actor, String action, String target, String tenantId, String detail) {
        write(actor, action, target, tenantId, "FAILURE", detail);
    }

    private void write(String actor, String action, String target, String tenantId, String outcome, String detail) {
        entries.insert(new AuditEntryDocument(UUID.randomUUID().toString(), clock.instant(), actor, action, target,
                tenantId, outcome, detail, RequestIds.current()));
        log.info("audit {} {} by {} on {}: {}", action, outcome, actor, target, detail);
    }

    /** Newest first, before a point in time (for paging), optionally of one action. */
    public List<Entry> recent(String action, Instant before, int limit) {
        PageRequest page = PageRequest.of(0, Math.clamp(limit, 1, MAX_PAGE));
        Instant until = before == null ? clock.instant().plusSeconds(1) : before;
        List<AuditEntryDocument> found = action == null
                ? entries.findByTimeBeforeOrderByTimeDesc(until, page)
                : entries.findByActionAndTimeBeforeOrderByTimeDesc(action, until, page);
        return found.stream().map(d -> new Entry(d.id(), d.time(), d.actor(), d.action(), d.target(), d.tenantId(),
                d.outcome(), d.detail(), d.requestId())).toList();
    }
}
