package io.backstride.identity.web;

import java.time.Instant;
import java.util.List;

import io.backstride.identity.application.AuditLog;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/identity/audit")
class AuditApi {

    private final AuditLog audit;

    AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    record AuditEntryResponse(String id, Instant time, String actor, String action, String target, String tenantId,
                              String outcome, String detail, String requestId) {
    }

    @Operation(summary = "Audit entries, newest first (platform admins and ops); page with before=<time of the last entry>")
    @GetMapping
    List<AuditEntryResponse> entries(@RequestParam(required = false) String action,
                                     @RequestParam(required = false) Instant before,
                                     @RequestParam(defaultValue = "50") int limit) {
        return audit.recent(action, before, limit).stream().map(e -> new AuditEntryResponse(e.id(), e.time(), e.actor(),
                e.action(), e.target(), e.tenantId(), e.outcome(), e.detail(), e.requestId())).toList();
    }
}
