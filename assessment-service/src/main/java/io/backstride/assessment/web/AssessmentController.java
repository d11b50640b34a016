package io.backstride.assessment.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import io.backstride.assessment.application.Assessments;
import io.backstride.assessment.application.CheckIns;
import io.backstride.assessment.application.Instruments;
import io.backstride.assessment.application.SubmissionCommand;
import io.backstride.assessment.application.Submitted;
import io.backstride.assessment.web.ApiResponses.PageResponse;
import io.backstride.platform.security.Caller;
import io.backstride.platform.security.ConsentRequiredException;
import io.backstride.platform.security.RunnerAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A runner's assessments and weekly check-ins, under {@code /runners/{runnerId}} or, for the token's own runner,
 * {@code /me} (the same operations). Every operation first asks {@link RunnerAccess} whose data the caller may
 * reach, before any validation or lookup: reads need {@code toRead}, submissions {@code toWrite} (the runner's
 * consent in force). The tenant stored with a decision and written into its event is the token's, never the
 * body's. Submissions need an {@code Idempotency-Key}: a retry with the same key and body returns the first result
 * (same id, same 201) and stores nothing new, even once consent has been withdrawn; the same key with another body
 * is a 422.
 */
@RestController
@RequestMapping("/api/v1/assessments")
class AssessmentController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final Assessments assessments;
    private final CheckIns checkIns;
    private final Instruments instruments;
    private final RunnerAccess access;

    AssessmentController(Assessments assessments, CheckIns checkIns, Instruments instruments, RunnerAccess access) {
        this.assessments = assessments;
        this.checkIns = checkIns;
        this.instruments = instruments;
        this.access = access;
    }

    @PostMapping({"/runners/{runnerId}/assessments", "/me/assessments"})
    ResponseEntity<AssessmentResponse> submit(Caller caller, @PathVariable(required = false) String runnerId,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestBody SubmissionRequest request) {
        var submitted = submission(caller, runnerId,
                runner -> request.toCommand(runner, caller.tenantId(), idempotencyKey, fallbackLocale(acceptLanguage)),
                assessments::submit, assessments::earlierResult);
        var assessment = submitted.result();
        return ResponseEntity.created(URI.create("/api/v1/assessments/runners/" + assessment.runnerId()
                        + "/assessments/" + assessment.id()))
                .header(REPLAYED, Boolean.toString(submitted.replayed()))
                .body(AssessmentResponse.of(assessment));
    }

    @GetMapping({"/runners/{runnerId}/assessments", "/me/assessments"})
    PageResponse<AssessmentResponse> assessments(Caller caller, @PathVariable(required = false) String runnerId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var history = assessments.history(access.toRead(caller, runnerId), page, size);
        return new PageResponse<>(history.items().stream().map(AssessmentResponse::of).toList(), history.page(),
                history.size(), history.totalItems(), history.totalPages());
    }

    @GetMapping({"/runners/{runnerId}/assessments/{assessmentId}", "/me/assessments/{assessmentId}"})
    AssessmentResponse assessment(Caller caller, @PathVariable(required = false) String runnerId,
            @PathVariable String assessmentId) {
        return AssessmentResponse.of(assessments.get(access.toRead(caller, runnerId), assessmentId));
    }

    @PostMapping({"/runners/{runnerId}/check-ins", "/me/check-ins"})
    ResponseEntity<CheckInResponse> checkIn(Caller caller, @PathVariable(required = false) String runnerId,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestBody SubmissionRequest request) {
        var submitted = submission(caller, runnerId,
                runner -> request.toCommand(runner, caller.tenantId(), idempotencyKey, fallbackLocale(acceptLanguage)),
                checkIns::submit, checkIns::earlierResult);
        return ResponseEntity.status(201)
                .header(REPLAYED, Boolean.toString(submitted.replayed()))
                .body(CheckInResponse.of(submitted.result()));
    }

    @GetMapping({"/runners/{runnerId}/check-ins", "/me/check-ins"})
    PageResponse<CheckInResponse> checkIns(Caller caller, @PathVariable(required = false) String runnerId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var history = checkIns.history(access.toRead(caller, runnerId), page, size);
        return new PageResponse<>(history.items().stream().map(CheckInResponse::of).toList(), history.page(),
                history.size(), history.totalItems(), history.totalPages());
    }

    /**
     * Takes a submission only for a runner the caller may write for and with the runner's consent in force; the
     * refusal comes before the body is checked, so it says nothing about the runner's data. Without consent nothing
     * new is taken, but a retry of a submission this runner made earlier under the same key, with the same body,
     * still gets its first result (it stores nothing and shows only the runner's own decision).
     */
    private <T> Submitted<T> submission(Caller caller, String runnerId, Function<String, SubmissionCommand> command,
                                        Function<SubmissionCommand, Submitted<T>> submit,
                                        Function<SubmissionCommand, Optional<Submitted<T>>> earlierResult) {
        String runner;
        try {
            runner = access.toWrite(caller, runnerId);
        } catch (ConsentRequiredException noConsent) {
            // toWrite refuses for consent only after it found that the caller may write for this runner
            var own = runnerId == null ? caller.runnerId() : runnerId;
            return earlierResult.apply(command.apply(own)).orElseThrow(() -> noConsent);
        }
        return submit.apply(command.apply(runner));
    }

    private Locale fallbackLocale(String acceptLanguage) {
        return instruments.bestLocale(RunnerLocales.wanted(acceptLanguage));
    }
}
