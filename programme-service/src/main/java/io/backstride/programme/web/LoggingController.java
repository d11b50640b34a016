package io.backstride.programme.web;

import io.backstride.platform.web.InvalidRequestException;
import io.backstride.platform.web.Violation;
import io.backstride.programme.application.Logging;
import io.backstride.programme.application.Logging.Receipt;
import java.util.List;
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
 * stored. Addressed by runner id until the security issue brings {@code /me/} and the token's runner.
 */
@RestController
@RequestMapping(ProgrammeController.BASE)
class LoggingController {

    private final Logging logging;

    LoggingController(Logging logging) {
        this.logging = logging;
    }

    /** What the API answers for one recorded log. */
    record LogReceipt(String id, String kind, int week) {

        static LogReceipt of(Receipt receipt) {
            return new LogReceipt(receipt.logId(), receipt.kind(), receipt.week());
        }
    }

    record ImportReceipt(int count, List<LogReceipt> runs) {
    }

    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    LogReceipt logSession(@PathVariable String runnerId, @RequestHeader(name = "Idempotency-Key", required = false) String key,
                          @RequestBody LogRequests.SessionLog body) {
        return LogReceipt.of(logging.recordSession(runnerId, key, body.toLog(key), LogRequests.FIELD_NAMES));
    }

    @PostMapping("/runs")
    @ResponseStatus(HttpStatus.CREATED)
    LogReceipt logRun(@PathVariable String runnerId, @RequestHeader(name = "Idempotency-Key", required = false) String key,
                      @RequestBody LogRequests.Run body) {
        return LogReceipt.of(logging.recordRun(runnerId, key, body.toLog(key), LogRequests.FIELD_NAMES));
    }

    @PatchMapping("/runs/{runId}")
    LogReceipt addNextMorningPain(@PathVariable String runnerId, @PathVariable String runId,
                                  @RequestBody LogRequests.NextMorningPain body) {
        return LogReceipt.of(logging.addNextMorningPain(runnerId, runId, body.nextMorningPain(), LogRequests.FIELD_NAMES));
    }

    @PostMapping("/runs:import")
    @ResponseStatus(HttpStatus.CREATED)
    ImportReceipt importRuns(@PathVariable String runnerId,
                             @RequestHeader(name = "Idempotency-Key", required = false) String key,
                             @RequestBody LogRequests.RunImport body) {
        if (body.runs() == null) {
            throw new InvalidRequestException(List.of(new Violation("runs", "REQUIRED: give the runs to import")));
        }
        List<Violation> empty = java.util.stream.IntStream.range(0, body.runs().size())
                .filter(i -> body.runs().get(i) == null)
                .mapToObj(i -> new Violation("runs[" + i + "]", "REQUIRED: an entry cannot be empty")).toList();
        if (!empty.isEmpty()) {
            throw new InvalidRequestException(empty);
        }
        var receipts = logging.importRuns(runnerId, key,
                body.runs().stream().map(run -> run.toLog(null)).toList(), LogRequests.FIELD_NAMES);
        return new ImportReceipt(receipts.size(), receipts.stream().map(LogReceipt::of).toList());
    }
}
