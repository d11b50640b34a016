package io.backstride.assessment.web;

import java.net.URI;

import io.backstride.assessment.application.Assessments;
import io.backstride.assessment.application.CheckIns;
import io.backstride.assessment.application.Instruments;
import io.backstride.assessment.web.ApiResponses.PageResponse;
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
 * A runner's assessments and weekly check-ins. Runner-owned resources live under {@code /runners/{runnerId}} so that
 * object-level authorisation can compare the path with the token once security arrives. Submissions need an
 * {@code Idempotency-Key}: a retry with the same key and body returns the first result (same id, same 201) and
 * stores nothing new; the same key with another body is a 422.
 */
@RestController
@RequestMapping("/api/v1/assessments/runners/{runnerId}")
class AssessmentController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final Assessments assessments;
    private final CheckIns checkIns;
    private final Instruments instruments;

    AssessmentController(Assessments assessments, CheckIns checkIns, Instruments instruments) {
        this.assessments = assessments;
        this.checkIns = checkIns;
        this.instruments = instruments;
    }

    @PostMapping("/assessments")
    ResponseEntity<AssessmentResponse> submit(@PathVariable String runnerId,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestBody SubmissionRequest request) {
        var submitted = assessments.submit(request.toCommand(runnerId, idempotencyKey,
                instruments.bestLocale(RunnerLocales.wanted(acceptLanguage))));
        var assessment = submitted.result();
        return ResponseEntity.created(URI.create("/api/v1/assessments/runners/" + runnerId + "/assessments/" + assessment.id()))
                .header(REPLAYED, Boolean.toString(submitted.replayed()))
                .body(AssessmentResponse.of(assessment));
    }

    @GetMapping("/assessments")
    PageResponse<AssessmentResponse> assessments(@PathVariable String runnerId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var history = assessments.history(runnerId, page, size);
        return new PageResponse<>(history.items().stream().map(AssessmentResponse::of).toList(), history.page(),
                history.size(), history.totalItems(), history.totalPages());
    }

    @GetMapping("/assessments/{assessmentId}")
    AssessmentResponse assessment(@PathVariable String runnerId, @PathVariable String assessmentId) {
        return AssessmentResponse.of(assessments.get(runnerId, assessmentId));
    }

    @PostMapping("/check-ins")
    ResponseEntity<CheckInResponse> checkIn(@PathVariable String runnerId,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestBody SubmissionRequest request) {
        var submitted = checkIns.submit(request.toCommand(runnerId, idempotencyKey,
                instruments.bestLocale(RunnerLocales.wanted(acceptLanguage))));
        return ResponseEntity.status(201)
                .header(REPLAYED, Boolean.toString(submitted.replayed()))
                .body(CheckInResponse.of(submitted.result()));
    }

    @GetMapping("/check-ins")
    PageResponse<CheckInResponse> checkIns(@PathVariable String runnerId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var history = checkIns.history(runnerId, page, size);
        return new PageResponse<>(history.items().stream().map(CheckInResponse::of).toList(), history.page(),
                history.size(), history.totalItems(), history.totalPages());
    }
}
