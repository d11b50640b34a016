package io.backstride.identity.application;

import java.time.Clock;
import java.util.List;

import io.backstride.identity.domain.ConsentText;
import io.backstride.identity.domain.HealthDataConsent;
import io.backstride.identity.messaging.ConsentGiven;
import io.backstride.identity.messaging.ConsentWithdrawn;
import io.backstride.identity.messaging.IdentityEvents;
import io.backstride.identity.persistence.ConsentDocument;
import io.backstride.identity.persistence.ConsentRepository;
import io.backstride.platform.events.OutboxEvents;
import io.backstride.platform.web.ConflictException;
import io.backstride.platform.web.InvalidRequestException;
import io.backstride.platform.web.Violation;
import org.springframework.stereotype.Service;

/**
 * A runner gives or withdraws consent to the processing of their health data. Each decision and its event
 * are one single-document write (outbox), so the services that refuse health data without consent learn of
 * it reliably.
 */
@Service
public class HealthDataConsents {

    private final ConsentRepository consents;
    private final ConsentTexts texts;
    private final OutboxEvents events;
    private final AuditLog audit;
    private final Clock clock;

    public HealthDataConsents(ConsentRepository consents, ConsentTexts texts, OutboxEvents events, AuditLog audit, Clock clock) {
        this.consents = consents;
        this.texts = texts;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public record Status(String runnerId, ConsentText currentText, HealthDataConsent.Entry inForce,
                         boolean coversCurrentText, List<HealthDataConsent.Entry> history) {
    }

    public Status status(Caller runner) {
        ConsentDocument document = consents.findById(runnerIdOf(runner)).orElse(null);
        HealthDataConsent consent = document == null ? new HealthDataConsent(List.of()) : document.consent();
        return status(runner.runnerId(), consent);
    }

    public Status give(Caller runner, int version) {
        ConsentText current = texts.current();
        if (version != current.version()) {
            throw new InvalidRequestException(List.of(new Violation("version",
                    "must be the current version of the consent text, " + current.version())));
        }
        ConsentDocument document = load(runner);
        HealthDataConsent consent = document.consent();
        if (consent.covers(version)) {
            return status(runner.runnerId(), consent); // giving the same consent again changes nothing
        }
        HealthDataConsent.Entry entry = consent.give(version, current, clock.instant());
        document.update(consent);
        document.getOutbox().add(events.create(IdentityEvents.CONSENT_TOPIC, IdentityEvents.CONSENT_GIVEN, runner.runnerId(),
                new ConsentGiven(runner.runnerId(), runner.tenantId(), version, entry.at())));
        consents.save(document);
        audit.success(runner.subject(), AuditLog.CONSENT_GIVEN, runner.runnerId(), runner.tenantId(), "version " + version);
        return status(runner.runnerId(), consent);
    }

    public Status withdraw(Caller runner) {
        ConsentDocument document = load(runner);
        HealthDataConsent consent = document.consent();
        if (consent.current() == null) {
            throw new ConflictException("There is no consent in force to withdraw.");
        }
        HealthDataConsent.Entry entry = consent.withdraw(clock.instant());
        document.update(consent);
        document.getOutbox().add(events.create(IdentityEvents.CONSENT_TOPIC, IdentityEvents.CONSENT_WITHDRAWN, runner.runnerId(),
                new ConsentWithdrawn(runner.runnerId(), runner.tenantId(), entry.version(), entry.at())));
        consents.save(document);
        audit.success(runner.subject(), AuditLog.CONSENT_WITHDRAWN, runner.runnerId(), runner.tenantId(), "version " + entry.version());
        return status(runner.runnerId(), consent);
    }

    private ConsentDocument load(Caller runner) {
        return consents.findById(runnerIdOf(runner))
                .orElseGet(() -> new ConsentDocument(runner.runnerId(), runner.tenantId(), runner.subject()));
    }

    private static String runnerIdOf(Caller runner) {
        if (runner.runnerId() == null) {
            throw new Forbidden("Only runners give consent to the processing of their health data.");
        }
        return runner.runnerId();
    }

    private Status status(String runnerId, HealthDataConsent consent) {
        ConsentText current = texts.current();
        return new Status(runnerId, current, consent.current(), consent.covers(current.version()), consent.history());
    }
}
