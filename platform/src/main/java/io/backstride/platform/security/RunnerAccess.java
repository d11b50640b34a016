package io.backstride.platform.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * Object-level authorisation of runner data (OWASP API1): a runner reaches only their own data; a partner app only
 * the runner its token was issued for, while that runner's link with it stands, and within the scopes the runner
 * approved. Nobody else reaches a runner's health data through these APIs. Writing health data also needs the
 * runner's consent in force.
 */
public class RunnerAccess {

    public static final String READ_SCOPE = "runner.read";
    public static final String WRITE_SCOPE = "runner.write";

    private final RunnerConsents consents;
    private final PartnerLinks partnerLinks;

    public RunnerAccess(RunnerConsents consents, PartnerLinks partnerLinks) {
        this.consents = consents;
        this.partnerLinks = partnerLinks;
    }

    /**
     * The runner whose data the caller may read.
     *
     * @param runnerId the runner named by the path, or null for a {@code /me/...} path (the token's runner)
     */
    public String toRead(Caller caller, String runnerId) {
        return authorise(caller, runnerId, READ_SCOPE);
    }

    /** As {@link #toRead}, for adding or changing health data: needs the runner's consent in force too. */
    public String toWrite(Caller caller, String runnerId) {
        String runner = authorise(caller, runnerId, WRITE_SCOPE);
        if (!consents.inForce(runner)) {
            throw new ConsentRequiredException();
        }
        return runner;
    }

    private String authorise(Caller caller, String runnerId, String scope) {
        if (caller.runnerId() == null) {
            throw new AccessDeniedException("Only a runner, or a partner app acting for one, reaches runner data.");
        }
        String runner = runnerId == null ? caller.runnerId() : runnerId;
        if (!runner.equals(caller.runnerId())) {
            // the same answer whether or not that runner exists: nothing about other runners leaks
            throw new AccessDeniedException("This is another runner's data.");
        }
        if (caller.hasRole(Roles.RUNNER)) {
            return runner;
        }
        if (caller.hasRole(Roles.PARTNER)) {
            if (!caller.hasScope(scope)) {
                throw new AccessDeniedException("The runner did not approve the scope " + scope + " for this app.");
            }
            if (!partnerLinks.isLinked(runner, caller.clientId())) {
                throw new AccessDeniedException("The runner has not linked this app, or revoked the link.");
            }
            return runner;
        }
        throw new AccessDeniedException("Only a runner, or a partner app acting for one, reaches runner data.");
    }
}
