package io.backstride.identity.domain;

/**
 * What a registered OAuth2 client is: our own runner web app (public, PKCE, no consent screen), a service or
 * ops tool (client credentials, roles of its own), or a partner app (confidential, acts for runners who
 * approved it on the consent screen).
 */
public enum ClientKind {
    WEB_APP, SERVICE, PARTNER
}
