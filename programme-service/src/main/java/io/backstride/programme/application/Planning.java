package io.backstride.programme.application;

import io.backstride.platform.web.ConflictException;
import io.backstride.programme.domain.assessment.CheckIn;
import io.backstride.programme.domain.plan.PlanRequest;
import io.backstride.programme.domain.plan.ProgrammeRefused;
import io.backstride.programme.domain.plan.RefusalReason;
import io.backstride.programme.domain.programme.Programme;
import io.backstride.programme.domain.programme.RescheduleResult;
import io.backstride.programme.messaging.ProgrammeOutbox;
import io.backstride.programme.persistence.AssessmentRecord;
import io.backstride.programme.persistence.AssessmentStore;
import io.backstride.programme.persistence.AssessmentStore.Status;
import io.backstride.programme.persistence.CheckInStore;
import io.backstride.programme.persistence.LibraryStore;
import io.backstride.programme.persistence.PreferencesStore;
import io.backstride.programme.persistence.ProgrammeStore;
import io.backstride.programme.persistence.RunnerPreferences;
import io.backstride.programme.persistence.StoredProgramme;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Plans programmes from assessments, feeds check-ins to them and moves them to a runner's new running days.
 *
 * <p>Out of order: an assessment that arrives while the library lacks what a plan needs is kept as pending
 * and planned as soon as a library change makes it possible (rather than planned from a partial library,
 * which would give the runner a thinner programme with no later fix). An older assessment arriving after a
 * newer one is refused by the domain, and a redelivered one is already planned.
 */
@Service
public class Planning {

    private static final Logger log = LoggerFactory.getLogger(Planning.class);

    private final AssessmentStore assessments;
    private final CheckInStore checkIns;
    private final LibraryStore library;
    private final PreferencesStore preferences;
    private final ProgrammeStore programmes;
    private final ProgrammeOutbox outbox;
    private final ProgrammeCommits commits;
    private final ProgrammeSettings settings;
    private final Clock clock;

    Planning(AssessmentStore assessments, CheckInStore checkIns, LibraryStore library, PreferencesStore preferences,
             ProgrammeStore programmes, ProgrammeOutbox outbox, ProgrammeCommits commits, ProgrammeSettings settings,
             Clock clock) {
        this.assessments = assessments;
        this.checkIns = checkIns;
        this.library = library;
        this.preferences = preferences;
        this.programmes = programmes;
        this.outbox = outbox;
        this.commits = commits;
        this.settings = settings;
        this.clock = clock;
    }

    public void assessmentCompleted(AssessmentRecord received, String publishedOutcome) {
        assessments.received(received, publishedOutcome);
        var assessmentId = received.assessment().assessmentId();
        if (assessments.statusOf(assessmentId).filter(status -> status != Status.PENDING_LIBRARY).isPresent()) {
            return;
        }
        plan(received);
    }

    /** Plans the assessments that waited for the library, now that it changed. */
    public void libraryChanged() {
        assessments.pending().forEach(this::plan);
    }

    public void checkInCompleted(CheckIn checkIn, String runnerId, String tenantId) {
        checkIns.received(checkIn, runnerId, tenantId);
        Retries.onConflict(() -> programmes.current(runnerId).ifPresent(stored -> {
            stored.programme().recordCheckIn(checkIn, clock.instant());
            commits.saveIfChanged(stored, List.of());
        }));
    }

    /** When the runner likes to run and their time zone: as they set them, or the defaults. */
    public record Preferences(Set<DayOfWeek> runDays, ZoneId zone) {
    }

    public Preferences preferencesOf(String runnerId) {
        var stored = preferences.find(runnerId)
                .orElse(new RunnerPreferences(Set.copyOf(settings.defaultRunDays()), settings.defaultZone()));
        return new Preferences(stored.runDays(), stored.zone());
    }

    /** The runner's race organiser as their latest assessment names it (for callers whose token names none). */
    public Optional<String> tenantOf(String runnerId) {
        return assessments.tenantOf(runnerId);
    }

    /**
     * Stores the preferences for the next programme planned for the runner (a new assessment), and moves the rest
     * of the current programme, if active, to the new running days from tomorrow in its time zone. The time zone
     * applies to the next programme only: changing it under a running programme would move logs between weeks.
     * The programme is changed first, so a refused change stores nothing; a crash before the preferences are
     * stored is repaired by sending the same change again (the programme already has those days).
     *
     * @param tenantId the runner's race organiser: from the caller's token or the runner's assessment, never a body
     * @return the first day the current programme follows the new running days, or empty when it did not change
     *         (no active programme, or it already has those days)
     * @throws ConflictException when the programme already took as many changes of running days as it can
     */
    public Optional<LocalDate> changePreferences(String runnerId, String tenantId, Preferences changed) {
        var rescheduledFrom = Retries.onConflict(() -> programmes.current(runnerId)
                .flatMap(stored -> reschedule(stored, changed.runDays())));
        preferences.save(runnerId, tenantId, new RunnerPreferences(changed.runDays(), changed.zone()));
        return rescheduledFrom;
    }

    private Optional<LocalDate> reschedule(StoredProgramme stored, Set<DayOfWeek> runDays) {
        var programme = stored.programme();
        return switch (programme.reschedule(runDays, clock)) {
            case RescheduleResult.Rescheduled rescheduled -> {
                commits.save(stored, List.of());
                yield Optional.of(rescheduled.event().effectiveFrom());
            }
            case RescheduleResult.Unchanged unchanged -> Optional.empty();
            case RescheduleResult.TooManyReschedules tooMany -> throw new ConflictException("Your running days have "
                    + "changed " + tooMany.limit() + " times in this programme already, which is as many as it takes: "
                    + "it keeps its days, and nothing was changed.");
        };
    }

    private void plan(AssessmentRecord received) {
        var assessment = received.assessment();
        var runnerId = assessment.runnerId();
        Retries.onConflict(() -> {
            var current = programmes.current(runnerId);
            var prefs = preferencesOf(runnerId);
            var request = new PlanRequest(assessment, library.library(), prefs.runDays(), prefs.zone(),
                    LocalDate.now(clock.withZone(prefs.zone())), Optional.empty());
            Programme programme;
            try {
                programme = Programme.plan(UUID.randomUUID().toString(), request, current.map(c -> c.programme()),
                        clock.instant());
            } catch (ProgrammeRefused refused) {
                var status = refused.reason() == RefusalReason.LIBRARY_INCOMPLETE ? Status.PENDING_LIBRARY
                        : Status.NO_PROGRAMME;
                log.info("No programme from assessment {}: {}", assessment.assessmentId(), refused.reason());
                assessments.settle(assessment.assessmentId(), status, refused.reason().name(), null);
                return;
            }
            current.ifPresent(previous -> programmes.supersede(previous, outbox.entriesFor(runnerId,
                    previous.tenantId(), previous.raceId(), previous.programme().pullEvents())));
            checkIns.after(runnerId, assessment.completedAt()).forEach(checkIn ->
                    programme.recordCheckIn(checkIn, clock.instant()));
            programmes.create(programme, received.tenantId(), received.raceId(),
                    outbox.entriesFor(runnerId, received.tenantId(), received.raceId(), programme.pullEvents()));
            assessments.settle(assessment.assessmentId(), Status.PLANNED, null, programme.id());
        });
    }
}
