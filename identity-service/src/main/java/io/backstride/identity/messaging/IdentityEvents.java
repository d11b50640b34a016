package io.backstride.identity.messaging;

/** The topics and event types identity-service publishes (through the outbox). */
public final class IdentityEvents {

    public static final String CONSENT_TOPIC = "identity.consent.v1";
    public static final String CONSENT_GIVEN = "backstride.identity.ConsentGiven.v1";
    public static final String CONSENT_WITHDRAWN = "backstride.identity.ConsentWithdrawn.v1";

    public static final String PARTNER_LINK_TOPIC = "identity.partner-link.v1";
    public static final String PARTNER_LINK_CHANGED = "backstride.identity.PartnerLinkChanged.v1";

    private IdentityEvents() {
    }
}
