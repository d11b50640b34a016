package io.backstride.programme.web;

import io.backstride.platform.security.Caller;
import io.backstride.platform.security.RunnerAccess;
import io.backstride.platform.web.InvalidRequestException;
import io.backstride.platform.web.Violation;
import io.backstride.programme.application.Logging;
import io.backstride.programme.application.Logging.Receipt;
import io.backstride.programme.domain.log.LogValidation;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Logging for a runner (or a partner app acting for them), safe for offline clients: every log carries the
 * id its client generated, and an {@code Idempotency-Key} makes a resent request answer the same without
 * recording twice. Late and out-of-order logs are accepted. Invalid input: 422 listing every field, nothing
 * stored. At {@code /api/v1/programmes/me/...} (the token's runner; the documented logging API) and
 * {@code /api/v1/programmes/runners/{runnerId}/...} (partner apps and tools). Every log is health data:
 * {@link RunnerAccess#toWrite} is asked first — the caller's own runner (a partner app only for the runner its
 * token names, while linked, with {@code runner.write}) and that runner's consent in force — before any
 * validation or lookup, so a refusal stores nothing and tells nothing about another runner.
 */
@RestController
@RequestMapping(ProgrammeController.BASE)
class LoggingController {

    private static final String RUNNER = ProgrammeController.RUNNER;
    private static final String ME = ProgrammeController.ME;

    private final Logging logging;
    private final RunnerAccess access;

    LoggingController(Logging logging, RunnerAccess access) {
        this.logging = logging;
        this.access = access;
    }

    /** What the API answers for one recorded log. */
    record LogReceipt(String id, String kind, int week) {

        static LogReceipt of(Receipt receipt) {
            return new LogReceipt(receipt.logId(), receipt.kind(), receipt.week());
        }
    }

    record ImportReceipt(int count, List<LogReceipt> runs) {
    }

    @PostMapping({RUNNER + "/sessions", ME + "/sessions"})
    @ResponseStatus(HttpStatus.CREATED)
    LogReceipt logSession(Caller caller, @PathVariable(required = false) String runnerId,
                          @RequestHeader(name = "Idempotency-Key", required = false) String key,
                          @RequestBody LogRequests.SessionLog body) {
        var runner = access.toWrite(caller, runnerId);
        return LogReceipt.of(logging.recordSession(runner, key, body.toLog(key), LogRequests.FIELD_NAMES));
    }

    @PostMapping({RUNNER + "/runs", ME + "/runs"})
    @ResponseStatus(HttpStatus.CREATED)
    LogReceipt logRun(Caller caller, @PathVariable(required = false) String runnerId,
                      @RequestHeader(name = "Idempotency-Key", required = false) String key,
                      @RequestBody LogRequests.Run body) {
        var runner = access.toWrite(caller, runnerId);
        return LogReceipt.of(logging.recordRun(runner, key, body.toLog(key), LogRequests.FIELD_NAMES));
    }

    @PatchMapping({RUNNER + "/runs/{runId}", ME + "/runs/{runId}"})
    LogReceipt addNextMorningPain(Caller caller, @PathVariable(required = false) String runnerId,
                                  @PathVariable String runId, @RequestBody LogRequests.NextMorningPain body) {
        var runner = access.toWrite(caller, runnerId);
        return LogReceipt.of(logging.addNextMorningPain(runner, runId, body.nextMorningPain(), LogRequests.FIELD_NAMES));
    }

    /**
     * A partner app's (or the runner's) runs in one request, all or nothing, at most
     * {@value LogValidation#MAX_RUNS_PER_IMPORT}. A partner token acts for one runner, the one it names, so an
     * import is always for that runner only.
     */
    @PostMapping({RUNNER + "/runs:import", ME + "/runs:import"})
    @ResponseStatus(HttpStatus.CREATED)
    ImportReceipt importRuns(Caller caller, @PathVariable(required = false) String runnerId,
                             @RequestHeader(name = "Idempotency-Key", required = false) String key,
                             @RequestBody LogRequests.RunImport body) {
        var runner = access.toWrite(caller, runnerId);
        if (body.runs() == null) {
            throw new InvalidRequestException(List.of(new Violation("runs", "REQUIRED: give the runs to import")));
        }
        List<Violation> empty = IntStream.range(0, body.runs().size())
                .filter(i -> body.runs().get(i) == null)
                .mapToObj(i -> new Violation("runs[" + i + "]", "REQUIRED: an entry cannot be empty")).toList();
        if (!empty.isEmpty()) {
            throw new InvalidRequestException(empty);
        }
        var receipts = logging.importRuns(runner, key,
                body.runs().stream().map(run -> run.toLog(null)).toList(), LogRequests.FIELD_NAMES);
        return new ImportReceipt(receipts.size(), receipts.stream().map(LogReceipt::of).toList());
    }
}
