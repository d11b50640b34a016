package io.backstride.identity.domain;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvitationTest {

    private final Instant expiry = Instant.parse("2026-03-15T00:00:00Z");

    @Test
    void anOpenInvitationIsUsedUpByAccepting() {
        Invitation invitation = new Invitation(expiry, null);
        invitation.accept(expiry.minusSeconds(1));
        assertThat(invitation.usedAt()).isEqualTo(expiry.minusSeconds(1));
    }

    @Test
    void aUsedInvitationIsRefused() {
        Invitation invitation = new Invitation(expiry, expiry.minusSeconds(60));
        assertThatThrownBy(() -> invitation.accept(expiry.minusSeconds(1)))
                .isInstanceOfSatisfying(Invitation.InvitationRefused.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Invitation.Refusal.ALREADY_USED));
    }

    @Test
    void anExpiredInvitationIsRefused() {
        assertThatThrownBy(() -> new Invitation(expiry, null).accept(expiry))
                .isInstanceOfSatisfying(Invitation.InvitationRefused.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Invitation.Refusal.EXPIRED));
    }
}
