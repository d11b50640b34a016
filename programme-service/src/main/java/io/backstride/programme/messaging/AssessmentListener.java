package io.backstride.programme.messaging;

import io.backstride.platform.events.IncomingEvent;
import io.backstride.platform.inbox.Inbox;
import io.backstride.platform.inbox.InvalidEventException;
import io.backstride.programme.application.Planning;
import io.backstride.programme.domain.assessment.CheckIn;
import io.backstride.programme.domain.assessment.CompletedAssessment;
import io.backstride.programme.domain.assessment.Emphasis;
import io.backstride.programme.domain.assessment.Factor;
import io.backstride.programme.domain.assessment.FactorFinding;
import io.backstride.programme.domain.assessment.FactorProfile;
import io.backstride.programme.domain.assessment.Outcome;
import io.backstride.programme.persistence.AssessmentRecord;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the assessment service's AssessmentCompleted and CheckInCompleted events (tolerant reader: only the
 * fields used). An outcome this service does not know is read as UNRECOGNISED and never makes a programme.
 */
@Component
class AssessmentListener {

    static final String ASSESSMENT_COMPLETED = "backstride.assessment.AssessmentCompleted.v1";
    static final String CHECK_IN_COMPLETED = "backstride.assessment.CheckInCompleted.v1";

    private final Inbox inbox;
    private final JsonMapper json;
    private final Planning planning;

    AssessmentListener(Inbox inbox, JsonMapper json, Planning planning) {
        this.inbox = inbox;
        this.json = json;
        this.planning = planning;
    }

    /**
     * Planning waits on MongoDB most of the time (about ten round trips per programme), so a single consumer thread
     * left the CPU idle: three consumers (of the topic's twelve partitions) plan three runners at once. A runner's
     * events share a key and so a partition, so they are still handled one after another, in order.
     */
    @KafkaListener(topics = ProgrammeTopics.ASSESSMENTS, concurrency = "${backstride.programme.assessment-consumers:3}")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.process(record, this::handle);
    }

    void handle(IncomingEvent event) {
        try {
            switch (event.type()) {
                case ASSESSMENT_COMPLETED -> assessmentCompleted(json.readTree(event.data()));
                case CHECK_IN_COMPLETED -> checkInCompleted(json.readTree(event.data()));
                default -> {
                    // other assessment events do not concern programmes
                }
            }
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidEventException(event.type() + " " + event.id() + " is unreadable: " + e.getMessage());
        }
    }

    private void assessmentCompleted(JsonNode payload) {
        var outcome = LibraryReading.required(payload, "outcome", name -> name);
        var assessment = new CompletedAssessment(LibraryReading.required(payload, "assessmentId", id -> id),
                LibraryReading.required(payload, "runnerId", id -> id), Outcome.read(outcome),
                profile(payload.path("profile")), LibraryReading.required(payload, "completedAt", Instant::parse));
        planning.assessmentCompleted(new AssessmentRecord(assessment,
                LibraryReading.required(payload, "tenantId", id -> id), LibraryReading.text(payload, "raceId")), outcome);
    }

    private void checkInCompleted(JsonNode payload) {
        var redFlags = new ArrayList<String>();
        payload.path("newRedFlagRuleIds").forEach(flag -> redFlags.add(flag.asString()));
        var checkIn = new CheckIn(LibraryReading.required(payload, "checkInId", id -> id),
                LibraryReading.required(payload, "completedAt", Instant::parse),
                Outcome.read(LibraryReading.text(payload, "outcome")), redFlags);
        planning.checkInCompleted(checkIn, LibraryReading.required(payload, "runnerId", id -> id),
                LibraryReading.required(payload, "tenantId", id -> id));
    }

    /** Factors strongest first, paired with the emphasis in the same position; unknown names are skipped. */
    private static FactorProfile profile(JsonNode profile) {
        if (profile.isMissingNode() || profile.isNull()) {
            return FactorProfile.balanced();
        }
        var findings = new ArrayList<FactorFinding>();
        List<JsonNode> factors = new ArrayList<>();
        profile.path("factors").forEach(factors::add);
        List<JsonNode> emphases = new ArrayList<>();
        profile.path("emphases").forEach(emphases::add);
        for (var i = 0; i < factors.size(); i++) {
            var factor = known(Factor.class, factors.get(i).asString());
            var emphasis = i < emphases.size() ? known(Emphasis.class, emphases.get(i).asString()) : null;
            if (factor != null && emphasis != null) {
                findings.add(new FactorFinding(factor, emphasis));
            } else if (factor != null) {
                findings.addAll(FactorProfile.of(factor).findings());
            }
        }
        return new FactorProfile(findings);
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        for (var value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }
}
