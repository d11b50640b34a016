package io.backstride.identity.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** What a principal allowed a client on the consent screen (id {@code <registeredClientId>:<principalName>}). */
@Document("authorization_consents")
public record AuthorizationConsentDocument(@Id String id, String registeredClientId, @Indexed String principalName,
                                           List<String> authorities, Instant savedAt) {

    public AuthorizationConsentDocument {
        authorities = new ArrayList<>(authorities);
    }

    public static String idOf(String registeredClientId, String principalName) {
        return registeredClientId + ":" + principalName;
    }
}
