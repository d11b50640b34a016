package io.backstride.identity.web;

import java.time.Instant;
import java.util.List;

import io.backstride.identity.application.PartnerLinks;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/identity/me/partner-links")
class PartnerLinksApi {

    private final PartnerLinks links;

    PartnerLinksApi(PartnerLinks links) {
        this.links = links;
    }

    record PartnerLinkResponse(String partnerClientId, String partnerName, List<String> scopes, String status,
                               Instant linkedAt, Instant revokedAt) {
    }

    @Operation(summary = "The partner apps the runner linked (and revoked)")
    @GetMapping
    List<PartnerLinkResponse> mine(@AuthenticationPrincipal Jwt token) {
        return links.of(Callers.of(token)).stream().map(l -> new PartnerLinkResponse(l.partnerClientId(), l.partnerName(),
                l.scopes(), l.status(), l.linkedAt(), l.revokedAt())).toList();
    }

    @Operation(summary = "Revoke a partner app's link: it can no longer act for the runner")
    @DeleteMapping("/{partnerClientId}")
    ResponseEntity<Void> revoke(@PathVariable String partnerClientId, @AuthenticationPrincipal Jwt token) {
        links.revoke(Callers.of(token), partnerClientId);
        return ResponseEntity.noContent().build();
    }
}
