package io.backstride.identity.web;

import java.net.URI;
import java.time.Instant;

import io.backstride.identity.application.Accounts;
import io.backstride.identity.application.Invitations;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/identity")
class InvitationsApi {

    private final Invitations invitations;

    InvitationsApi(Invitations invitations) {
        this.invitations = invitations;
    }

    record InvitationRequest(@NotBlank @Size(max = 254) String email, @Size(max = 100) String displayName,
                             @Size(max = 64) String runnerId) {
    }

    record InvitationResponse(String accountId, String runnerId, String email, String tenantId, String status,
                              Instant expiresAt) {
    }

    record AcceptanceRequest(@NotBlank @Size(max = 200) String token, @NotBlank String password) {
    }

    record AccountResponse(String accountId, String email, String tenantId, String runnerId, String status) {
    }

    @Operation(summary = "Invite one runner of a race organiser (platform admin, or that organiser's staff)")
    @PostMapping("/tenants/{tenantId}/invitations")
    ResponseEntity<InvitationResponse> invite(@PathVariable String tenantId, @Valid @RequestBody InvitationRequest request,
                                              @AuthenticationPrincipal Jwt token) {
        Invitations.Issued issued = invitations.invite(tenantId, request.email(), request.displayName(), request.runnerId(),
                Callers.of(token));
        return ResponseEntity.created(URI.create("/api/v1/identity/tenants/" + tenantId + "/invitations/" + issued.accountId()))
                .body(new InvitationResponse(issued.accountId(), issued.runnerId(), issued.email(), issued.tenantId(),
                        "INVITED", issued.expiresAt()));
    }

    @Operation(summary = "Accept an invitation: set the password and activate the account (no token needed; the invitation is the proof)")
    @PostMapping("/invitations/acceptance")
    AccountResponse accept(@Valid @RequestBody AcceptanceRequest request) {
        Accounts.Account account = invitations.accept(request.token(), request.password());
        return new AccountResponse(account.id(), account.email(), account.tenantId(), account.runnerId(), account.status().name());
    }
}
