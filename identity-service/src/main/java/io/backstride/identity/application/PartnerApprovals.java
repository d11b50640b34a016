package io.backstride.identity.application;

import java.util.List;

import io.backstride.identity.persistence.MongoAuthorizationConsentStore;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.stereotype.Service;

/** The consent-screen store as the authorization server sees it: a runner's approval of a partner app is a link. */
@Service
public class PartnerApprovals implements OAuth2AuthorizationConsentService {

    private final MongoAuthorizationConsentStore store;
    private final PartnerLinks links;

    public PartnerApprovals(MongoAuthorizationConsentStore store, PartnerLinks links) {
        this.store = store;
        this.links = links;
    }

    @Override
    public void save(OAuth2AuthorizationConsent consent) {
        store.save(consent);
        RegisteredClient client = links.client(consent.getRegisteredClientId());
        if (client != null && PartnerLinks.isPartner(client)) {
            List<String> scopes = consent.getScopes().stream().sorted().toList();
            links.approved(consent.getPrincipalName(), client, scopes);
        }
    }

    @Override
    public void remove(OAuth2AuthorizationConsent consent) {
        store.remove(consent);
    }

    @Override
    public OAuth2AuthorizationConsent findById(String registeredClientId, String principalName) {
        return store.findById(registeredClientId, principalName);
    }
}
