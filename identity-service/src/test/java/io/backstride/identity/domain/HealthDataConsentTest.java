package io.backstride.identity.domain;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HealthDataConsentTest {

    private final ConsentText v2 = new ConsentText(2, "Consent", "text");
    private final Instant t = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void consentGivenToTheCurrentVersionIsInForce() {
        HealthDataConsent consent = new HealthDataConsent(List.of());
        consent.give(2, v2, t);
        assertThat(consent.covers(2)).isTrue();
        assertThat(consent.current().at()).isEqualTo(t);
    }

    @Test
    void consentToAnOlderVersionIsRefused() {
        assertThatThrownBy(() -> new HealthDataConsent(List.of()).give(1, v2, t)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withdrawingEndsTheConsentAndKeepsTheHistory() {
        HealthDataConsent consent = new HealthDataConsent(List.of());
        consent.give(2, v2, t);
        HealthDataConsent.Entry withdrawal = consent.withdraw(t.plusSeconds(60));
        assertThat(withdrawal.version()).isEqualTo(2);
        assertThat(consent.current()).isNull();
        assertThat(consent.history()).extracting(HealthDataConsent.Entry::decision)
                .containsExactly(HealthDataConsent.Decision.GIVEN, HealthDataConsent.Decision.WITHDRAWN);
    }

    @Test
    void nothingToWithdrawWithoutConsent() {
        assertThatThrownBy(() -> new HealthDataConsent(List.of()).withdraw(t)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theHistoryStaysBounded() {
        HealthDataConsent consent = new HealthDataConsent(List.of());
        for (int i = 0; i < HealthDataConsent.HISTORY_LIMIT; i++) {
            consent.give(2, v2, t.plusSeconds(i * 2L));
            consent.withdraw(t.plusSeconds(i * 2L + 1));
        }
        assertThat(consent.history()).hasSize(HealthDataConsent.HISTORY_LIMIT);
    }
}
