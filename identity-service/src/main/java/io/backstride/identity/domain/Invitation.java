package io.backstride.identity.domain;

import java.time.Instant;

/** A single-use, expiring invitation of one runner account. Only a hash of its token is ever stored. */
public final class Invitation {

    public enum Refusal { ALREADY_USED, EXPIRED }

    private final Instant expiresAt;
    private Instant usedAt;

    public Invitation(Instant expiresAt, Instant usedAt) {
        this.expiresAt = expiresAt;
        this.usedAt = usedAt;
    }

    /** Uses the invitation up, or says why it cannot be used. */
    public void accept(Instant now) {
        if (usedAt != null) {
            throw new InvitationRefused(Refusal.ALREADY_USED);
        }
        if (!now.isBefore(expiresAt)) {
            throw new InvitationRefused(Refusal.EXPIRED);
        }
        usedAt = now;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }

    /** The invitation cannot be accepted (any more). */
    public static final class InvitationRefused extends RuntimeException {
        private final Refusal refusal;

        public InvitationRefused(Refusal refusal) {
            super(refusal == Refusal.ALREADY_USED
                    ? "This invitation has already been used. Sign in with your email and password, or ask for a sign-in link."
                    : "This invitation has expired. Ask your race organiser to send a new one.");
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }
}
