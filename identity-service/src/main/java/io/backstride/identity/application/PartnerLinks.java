package io.backstride.identity.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.backstride.identity.domain.ClientKind;
import io.backstride.identity.messaging.IdentityEvents;
import io.backstride.identity.messaging.PartnerLinkChanged;
import io.backstride.identity.persistence.MongoAuthorizationConsentStore;
import io.backstride.identity.persistence.MongoAuthorizationService;
import io.backstride.identity.persistence.MongoRegisteredClientRepository;
import io.backstride.identity.persistence.PartnerLinkDocument;
import io.backstride.identity.persistence.PartnerLinkRepository;
import io.backstride.platform.events.OutboxEvents;
import io.backstride.platform.web.NotFoundException;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Service;

/**
 * A partner app may act for a runner only after the runner approved it on the consent screen (a link); the
 * runner lists and revokes links. Revoking removes the consent and every authorization of the partner for
 * that runner (refresh tokens die at once) and tells the services, which then refuse its access tokens.
 */
@Service
public class PartnerLinks {

    private final PartnerLinkRepository links;
    private final RegisteredClientRepository clients;
    private final MongoAuthorizationConsentStore consentScreenDecisions;
    private final MongoAuthorizationService authorizations;
    private final Accounts accounts;
    private final OutboxEvents events;
    private final AuditLog audit;
    private final Clock clock;

    public PartnerLinks(PartnerLinkRepository links, RegisteredClientRepository clients,
                        MongoAuthorizationConsentStore consentScreenDecisions, MongoAuthorizationService authorizations,
                        Accounts accounts, OutboxEvents events, AuditLog audit, Clock clock) {
        this.links = links;
        this.clients = clients;
        this.consentScreenDecisions = consentScreenDecisions;
        this.authorizations = authorizations;
        this.accounts = accounts;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public record Link(String partnerClientId, String partnerName, List<String> scopes, String status,
                       Instant linkedAt, Instant revokedAt) {
    }

    public static boolean isPartner(RegisteredClient client) {
        return ClientKind.PARTNER.name().equals(client.getClientSettings().getSetting(MongoRegisteredClientRepository.KIND));
    }

    /** The runner approved the partner on the consent screen. Non-runners cannot link partners. */
    public void approved(String accountId, RegisteredClient partner, List<String> scopes) {
        Optional<Accounts.Account> account = accounts.byId(accountId).filter(Accounts.Account::isRunner);
        if (account.isEmpty()) {
            return;
        }
        Accounts.Account runner = account.get();
        PartnerLinkDocument link = links.findById(PartnerLinkDocument.idOf(runner.runnerId(), partner.getClientId()))
                .orElseGet(() -> new PartnerLinkDocument(runner.runnerId(), runner.tenantId(), runner.id(),
                        partner.getClientId(), partner.getId(), partner.getClientName()));
        if (link.isLinked() && link.getScopes().equals(scopes)) {
            return;
        }
        Instant now = clock.instant();
        link.link(scopes, now);
        link.getOutbox().add(events.create(IdentityEvents.PARTNER_LINK_TOPIC, IdentityEvents.PARTNER_LINK_CHANGED,
                runner.runnerId(), new PartnerLinkChanged(runner.runnerId(), runner.tenantId(), partner.getClientId(),
                        PartnerLinkChanged.LINKED, scopes, now)));
        links.save(link);
        audit.success(accountId, AuditLog.PARTNER_LINKED, runner.runnerId(), runner.tenantId(), partner.getClientId() + " " + scopes);
    }

    /** Whether the runner currently lets this partner act for them. */
    public boolean isLinked(String runnerId, String partnerClientId) {
        return links.findById(PartnerLinkDocument.idOf(runnerId, partnerClientId)).map(PartnerLinkDocument::isLinked).orElse(false);
    }

    public List<Link> of(Caller runner) {
        return links.findByRunnerId(runner.runnerId()).stream()
                .sorted(Comparator.comparing(PartnerLinkDocument::getLinkedAt))
                .map(l -> new Link(l.getClientId(), l.getClientName(), List.copyOf(l.getScopes()), l.getStatus(),
                        l.getLinkedAt(), l.getRevokedAt()))
                .toList();
    }

    public void revoke(Caller runner, String partnerClientId) {
        PartnerLinkDocument link = links.findById(PartnerLinkDocument.idOf(runner.runnerId(), partnerClientId))
                .filter(PartnerLinkDocument::isLinked)
                .orElseThrow(() -> new NotFoundException("You have no link with partner " + partnerClientId + "."));
        Instant now = clock.instant();
        link.revoke(now);
        link.getOutbox().add(events.create(IdentityEvents.PARTNER_LINK_TOPIC, IdentityEvents.PARTNER_LINK_CHANGED,
                runner.runnerId(), new PartnerLinkChanged(runner.runnerId(), link.getTenantId(), partnerClientId,
                        PartnerLinkChanged.REVOKED, List.copyOf(link.getScopes()), now)));
        links.save(link);
        consentScreenDecisions.remove(link.getRegisteredClientId(), link.getAccountId());
        int removed = authorizations.removeAll(link.getAccountId(), link.getRegisteredClientId());
        audit.success(runner.subject(), AuditLog.PARTNER_LINK_REVOKED, runner.runnerId(), link.getTenantId(),
                partnerClientId + ", " + removed + " authorization(s) removed");
    }

    RegisteredClient client(String registeredClientId) {
        return clients.findById(registeredClientId);
    }
}
