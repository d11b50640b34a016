package io.backstride.identity.messaging;

import java.time.Instant;
import java.util.List;

/**
 * A runner linked a partner app (it may act for them within the scopes) or revoked the link (it may not,
 * from now on: its tokens are refused). Services keep the current links as a read model.
 */
public record PartnerLinkChanged(String runnerId, String tenantId, String partnerClientId, String status,
                                 List<String> scopes, Instant changedAt) {

    public static final String LINKED = "LINKED";
    public static final String REVOKED = "REVOKED";
}
