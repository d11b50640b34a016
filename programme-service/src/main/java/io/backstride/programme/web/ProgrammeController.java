package io.backstride.programme.web;

import io.backstride.platform.security.Caller;
import io.backstride.platform.security.RunnerAccess;
import io.backstride.platform.web.InvalidRequestException;
import io.backstride.platform.web.NotFoundException;
import io.backstride.platform.web.Violation;
import io.backstride.programme.application.Planning;
import io.backstride.programme.application.ProgrammeViews;
import io.backstride.programme.web.ProgrammeResponses.AdherenceView;
import io.backstride.programme.web.ProgrammeResponses.Change;
import io.backstride.programme.web.ProgrammeResponses.History;
import io.backstride.programme.web.ProgrammeResponses.PainPoint;
import io.backstride.programme.web.ProgrammeResponses.PainTrend;
import io.backstride.programme.domain.plan.ProgrammePlan;
import io.backstride.programme.web.ProgrammeResponses.Preferences;
import io.backstride.programme.web.ProgrammeResponses.PreferencesChanged;
import io.backstride.programme.web.ProgrammeResponses.ProgrammeView;
import io.backstride.programme.web.ProgrammeResponses.Session;
import io.backstride.programme.web.ProgrammeResponses.Today;
import io.backstride.programme.web.ProgrammeResponses.Week;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A runner's programme views and preferences, at {@code /api/v1/programmes/me/...} (the token's runner) or
 * {@code /api/v1/programmes/runners/{runnerId}/...} (partner apps and tools): the same operations. Every
 * operation first asks {@link RunnerAccess} whose data the caller may reach — before any lookup, so another
 * runner's id answers 403 whether or not that runner has a programme. Reading needs no consent; changing the
 * preferences that shape the programme is taking health data and needs the runner's consent in force.
 */
@RestController
@RequestMapping(ProgrammeController.BASE)
class ProgrammeController {

    static final String BASE = "/api/v1/programmes";
    /** A runner named by id; the same operation at {@link #ME} is the token's runner. */
    static final String RUNNER = "/runners/{runnerId}";
    static final String ME = "/me";

    private final ProgrammeViews views;
    private final Planning planning;
    private final RunnerAccess access;

    ProgrammeController(ProgrammeViews views, Planning planning, RunnerAccess access) {
        this.views = views;
        this.planning = planning;
        this.access = access;
    }

    @GetMapping({RUNNER + "/programme", ME + "/programme"})
    ProgrammeView programme(Caller caller, @PathVariable(required = false) String runnerId) {
        return ProgrammeView.of(views.current(access.toRead(caller, runnerId)));
    }

    @GetMapping({RUNNER + "/today", ME + "/today"})
    Today today(Caller caller, @PathVariable(required = false) String runnerId) {
        var programme = views.current(access.toRead(caller, runnerId));
        var today = views.today(programme);
        var session = programme.sessionOn(today).map(Session::of);
        Session nextRun = null;
        for (var date = today; !date.isAfter(programme.plan().end()) && nextRun == null; date = date.plusDays(1)) {
            nextRun = programme.sessionOn(date).filter(planned -> planned.run()).map(Session::of).orElse(null);
        }
        return new Today(today, session.isEmpty(), session.orElse(null), nextRun);
    }

    /** The week is read as text and parsed after the access check: a malformed week tells nobody anything. */
    @GetMapping({RUNNER + "/weeks/{week}", ME + "/weeks/{week}"})
    Week week(Caller caller, @PathVariable(required = false) String runnerId,
              @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1")) @PathVariable String week) {
        var programme = views.current(access.toRead(caller, runnerId));
        int number;
        try {
            number = Integer.parseInt(week);
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1 || number > programme.plan().weeks()) {
            throw new NotFoundException("the programme has weeks 1 to " + programme.plan().weeks());
        }
        return new Week(number, programme.sessionsOfWeek(number).stream().map(Session::of).toList());
    }

    @GetMapping({RUNNER + "/adherence", ME + "/adherence"})
    AdherenceView adherence(Caller caller, @PathVariable(required = false) String runnerId) {
        var programme = views.current(access.toRead(caller, runnerId));
        return AdherenceView.of(programme.adherence(views.today(programme)));
    }

    @GetMapping({RUNNER + "/pain-trend", ME + "/pain-trend"})
    PainTrend painTrend(Caller caller, @PathVariable(required = false) String runnerId) {
        var programme = views.current(access.toRead(caller, runnerId));
        return new PainTrend(programme.painSeries(views.today(programme)).stream().map(PainPoint::of).toList());
    }

    @GetMapping({RUNNER + "/history", ME + "/history"})
    History history(Caller caller, @PathVariable(required = false) String runnerId) {
        var programme = views.current(access.toRead(caller, runnerId));
        return new History(programme.id(), programme.status().name(),
                programme.history().stream().map(Change::of).toList());
    }

    @GetMapping({RUNNER + "/preferences", ME + "/preferences"})
    Preferences preferences(Caller caller, @PathVariable(required = false) String runnerId) {
        return preferencesOf(access.toRead(caller, runnerId));
    }

    /**
     * Preferred running days and time zone; they shape the next programme planned for the runner, and the running
     * days also move the rest of the current programme. The race organiser (tenant) is the token's, never the
     * body's.
     */
    record PreferencesChange(List<String> runDays, String timeZone) {
    }

    @Operation(summary = "Sets the preferred running days and time zone: both shape the next programme; the running "
            + "days also move the rest of the current, active programme from tomorrow (in its time zone) on, with the "
            + "same exercises, levels and decisions, while today and the days before keep what they held. The time "
            + "zone applies to the next programme only (changing it mid-programme would move logs between weeks). "
            + "rescheduledFrom names the first day on the new running days, or is null when the current programme "
            + "did not change (none active, or it already has those days). 409 when the programme already took "
            + ProgrammePlan.MAX_RESCHEDULES + " changes of running days (nothing stored)")
    @PutMapping({RUNNER + "/preferences", ME + "/preferences"})
    PreferencesChanged changePreferences(Caller caller, @PathVariable(required = false) String runnerId,
                                  @RequestBody PreferencesChange body) {
        var runner = access.toWrite(caller, runnerId);
        var violations = new ArrayList<Violation>();
        var days = new ArrayList<DayOfWeek>();
        if (body.runDays() == null || body.runDays().isEmpty()) {
            violations.add(new Violation("runDays", "REQUIRED: give at least one running day"));
        } else {
            for (var i = 0; i < body.runDays().size(); i++) {
                try {
                    days.add(DayOfWeek.valueOf(String.valueOf(body.runDays().get(i))));
                } catch (IllegalArgumentException e) {
                    violations.add(new Violation("runDays[" + i + "]", "UNKNOWN_DAY: MONDAY to SUNDAY"));
                }
            }
        }
        ZoneId zone = null;
        try {
            zone = ZoneId.of(String.valueOf(body.timeZone()));
        } catch (DateTimeException e) {
            violations.add(new Violation("timeZone", "UNKNOWN_TIME_ZONE: an IANA zone such as Europe/London"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        var tenant = Optional.ofNullable(caller.tenantId()).or(() -> planning.tenantOf(runner))
                .orElseThrow(() -> new AccessDeniedException(
                        "Your access token names no race organiser (tenant), and you have no assessment yet."));
        var rescheduledFrom = planning.changePreferences(runner, tenant,
                new Planning.Preferences(Set.copyOf(days), zone));
        var stored = preferencesOf(runner);
        return new PreferencesChanged(stored.runDays(), stored.timeZone(), rescheduledFrom.orElse(null));
    }

    private Preferences preferencesOf(String runnerId) {
        var preferences = planning.preferencesOf(runnerId);
        return new Preferences(preferences.runDays().stream().sorted().toList(), preferences.zone().getId());
    }
}
