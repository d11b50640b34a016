package io.backstride.identity.web;

import java.time.Instant;
import java.util.List;

import io.backstride.identity.application.ConsentTexts;
import io.backstride.identity.application.HealthDataConsents;
import io.backstride.identity.domain.ConsentText;
import io.backstride.identity.domain.HealthDataConsent;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/identity")
class ConsentApi {

    private final ConsentTexts texts;
    private final HealthDataConsents consents;

    ConsentApi(ConsentTexts texts, HealthDataConsents consents) {
        this.texts = texts;
        this.consents = consents;
    }

    record ConsentTextResponse(int version, String title, String text) {
        static ConsentTextResponse of(ConsentText text) {
            return new ConsentTextResponse(text.version(), text.title(), text.text());
        }
    }

    record ConsentRequest(@NotNull Integer version) {
    }

    record Decision(String decision, int version, Instant at) {
    }

    record ConsentStatusResponse(String runnerId, boolean consentInForce, Integer version, Instant givenAt,
                                 boolean coversCurrentText, int currentVersion, List<Decision> history) {
        static ConsentStatusResponse of(HealthDataConsents.Status status) {
            HealthDataConsent.Entry inForce = status.inForce();
            return new ConsentStatusResponse(status.runnerId(), inForce != null, inForce == null ? null : inForce.version(),
                    inForce == null ? null : inForce.at(), status.coversCurrentText(), status.currentText().version(),
                    status.history().reversed().stream().map(e -> new Decision(e.decision().name(), e.version(), e.at())).toList());
        }
    }

    @Operation(summary = "The current version of the consent text (public)")
    @GetMapping("/consent/current")
    ConsentTextResponse current() {
        return ConsentTextResponse.of(texts.current());
    }

    @Operation(summary = "The runner's consent: in force or not, and their decisions, newest first")
    @GetMapping("/me/consents")
    ConsentStatusResponse mine(@AuthenticationPrincipal Jwt token) {
        return ConsentStatusResponse.of(consents.status(Callers.of(token)));
    }

    @Operation(summary = "The runner consents to the current version of the consent text")
    @PostMapping("/me/consents")
    ConsentStatusResponse give(@Valid @RequestBody ConsentRequest request, @AuthenticationPrincipal Jwt token) {
        return ConsentStatusResponse.of(consents.give(Callers.of(token), request.version()));
    }

    @Operation(summary = "The runner withdraws their consent")
    @DeleteMapping("/me/consents")
    ConsentStatusResponse withdraw(@AuthenticationPrincipal Jwt token) {
        return ConsentStatusResponse.of(consents.withdraw(Callers.of(token)));
    }
}
