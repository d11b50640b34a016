package io.backstride.programme.web;

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
import io.backstride.programme.web.ProgrammeResponses.Preferences;
import io.backstride.programme.web.ProgrammeResponses.ProgrammeView;
import io.backstride.programme.web.ProgrammeResponses.Session;
import io.backstride.programme.web.ProgrammeResponses.Today;
import io.backstride.programme.web.ProgrammeResponses.Week;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A runner's programme views and preferences. Addressed by runner id until the security issue brings
 * {@code /me/} and object-level authorisation against the token.
 */
@RestController
@RequestMapping(ProgrammeController.BASE)
class ProgrammeController {

    static final String BASE = "/api/v1/programmes/runners/{runnerId}";

    private final ProgrammeViews views;
    private final Planning planning;

    ProgrammeController(ProgrammeViews views, Planning planning) {
        this.views = views;
        this.planning = planning;
    }

    @GetMapping("/programme")
    ProgrammeView programme(@PathVariable String runnerId) {
        return ProgrammeView.of(views.current(runnerId));
    }

    @GetMapping("/today")
    Today today(@PathVariable String runnerId) {
        var programme = views.current(runnerId);
        var today = views.today(programme);
        var session = programme.sessionOn(today).map(Session::of);
        Session nextRun = null;
        for (var date = today; !date.isAfter(programme.plan().end()) && nextRun == null; date = date.plusDays(1)) {
            nextRun = programme.sessionOn(date).filter(planned -> planned.run()).map(Session::of).orElse(null);
        }
        return new Today(today, session.isEmpty(), session.orElse(null), nextRun);
    }

    @GetMapping("/weeks/{week}")
    Week week(@PathVariable String runnerId, @PathVariable int week) {
        var programme = views.current(runnerId);
        if (week < 1 || week > programme.plan().weeks()) {
            throw new NotFoundException("the programme has weeks 1 to " + programme.plan().weeks());
        }
        return new Week(week, programme.sessionsOfWeek(week).stream().map(Session::of).toList());
    }

    @GetMapping("/adherence")
    AdherenceView adherence(@PathVariable String runnerId) {
        var programme = views.current(runnerId);
        return AdherenceView.of(programme.adherence(views.today(programme)));
    }

    @GetMapping("/pain-trend")
    PainTrend painTrend(@PathVariable String runnerId) {
        var programme = views.current(runnerId);
        return new PainTrend(programme.painSeries(views.today(programme)).stream().map(PainPoint::of).toList());
    }

    @GetMapping("/history")
    History history(@PathVariable String runnerId) {
        var programme = views.current(runnerId);
        return new History(programme.id(), programme.status().name(),
                programme.history().stream().map(Change::of).toList());
    }

    @GetMapping("/preferences")
    Preferences preferences(@PathVariable String runnerId) {
        var preferences = planning.preferencesOf(runnerId);
        return new Preferences(preferences.runDays().stream().sorted().toList(), preferences.zone().getId());
    }

    /** Preferred running days and time zone; they shape the next programme planned for the runner. */
    record PreferencesChange(String tenantId, List<String> runDays, String timeZone) {
    }

    @PutMapping("/preferences")
    Preferences changePreferences(@PathVariable String runnerId, @RequestBody PreferencesChange body) {
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
        if (body.tenantId() == null || body.tenantId().isBlank()) {
            violations.add(new Violation("tenantId", "REQUIRED: the race organiser (from the token, later)"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        planning.changePreferences(runnerId, body.tenantId(), new Planning.Preferences(Set.copyOf(days), zone));
        return preferences(runnerId);
    }
}
