package io.backstride.identity.persistence;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.stereotype.Component;

/** Consent-screen decisions in MongoDB; the application's {@code PartnerApprovals} serves them to the authorization server. */
@Component
public class MongoAuthorizationConsentStore {

    private final AuthorizationConsentRepository consents;
    private final Clock clock;

    public MongoAuthorizationConsentStore(AuthorizationConsentRepository consents, Clock clock) {
        this.consents = consents;
        this.clock = clock;
    }

    public void save(OAuth2AuthorizationConsent consent) {
        List<String> authorities = consent.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList();
        consents.save(new AuthorizationConsentDocument(
                AuthorizationConsentDocument.idOf(consent.getRegisteredClientId(), consent.getPrincipalName()),
                consent.getRegisteredClientId(), consent.getPrincipalName(), authorities, clock.instant()));
    }

    public void remove(OAuth2AuthorizationConsent consent) {
        remove(consent.getRegisteredClientId(), consent.getPrincipalName());
    }

    public void remove(String registeredClientId, String principalName) {
        consents.deleteById(AuthorizationConsentDocument.idOf(registeredClientId, principalName));
    }

    public OAuth2AuthorizationConsent findById(String registeredClientId, String principalName) {
        return consents.findById(AuthorizationConsentDocument.idOf(registeredClientId, principalName))
                .map(d -> {
                    OAuth2AuthorizationConsent.Builder builder = OAuth2AuthorizationConsent.withId(d.registeredClientId(), d.principalName());
                    d.authorities().forEach(a -> builder.authority(new SimpleGrantedAuthority(a)));
                    return builder.build();
                })
                .orElse(null);
    }
}
