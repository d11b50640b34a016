package io.backstride.assessment.web;

import java.util.List;

import io.backstride.assessment.application.Instruments;
import io.backstride.assessment.web.ApiResponses.InstrumentRef;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The instruments in force, for a client to show and to name the version of in a submission. */
@RestController
@RequestMapping("/api/v1/assessments/instruments")
class InstrumentController {

    private final Instruments instruments;

    InstrumentController(Instruments instruments) {
        this.instruments = instruments;
    }

    @GetMapping
    List<InstrumentRef> all() {
        return InstrumentRef.all(instruments.all());
    }

    /** The instrument in the runner's locale ({@code Accept-Language}), falling back to en-GB. */
    @GetMapping("/{instrumentId}")
    ResponseEntity<InstrumentResponse> instrument(@PathVariable String instrumentId,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        var localised = instruments.localised(instrumentId, RunnerLocales.wanted(acceptLanguage));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_LANGUAGE, localised.locale())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(InstrumentResponse.of(localised));
    }
}
