package io.backstride.identity.web;

import io.backstride.identity.application.Invitations;
import io.backstride.identity.domain.Invitation;
import io.backstride.identity.domain.PasswordPolicy;
import io.backstride.platform.web.InvalidRequestException;
import io.backstride.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page an invitation mail links to: choose a password, and the account is active. */
@Controller
@Hidden
class InvitationPages {

    private final Invitations invitations;

    InvitationPages(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/invitations/accept")
    ResponseEntity<String> form(@RequestParam(defaultValue = "") String token, CsrfToken csrf) {
        return Html.page(HttpStatus.OK, "Welcome to Backstride", form(token, csrf, null));
    }

    @PostMapping("/invitations/accept")
    ResponseEntity<String> accept(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
                                  @RequestParam(defaultValue = "") String confirmation, CsrfToken csrf) {
        if (!password.equals(confirmation)) {
            return Html.page(HttpStatus.UNPROCESSABLE_CONTENT, "Welcome to Backstride", form(token, csrf, "The two passwords differ."));
        }
        try {
            invitations.accept(token, password);
        } catch (InvalidRequestException e) {
            return Html.page(HttpStatus.UNPROCESSABLE_CONTENT, "Welcome to Backstride",
                    form(token, csrf, "The password " + e.violations().getFirst().reason() + "."));
        } catch (Invitation.InvitationRefused | NotFoundException e) {
            return Html.page(HttpStatus.GONE, "This invitation cannot be used", Html.alert(e.getMessage())
                    + "<p><a href=\"/login\">Go to sign-in</a></p>");
        }
        return Html.page(HttpStatus.OK, "Your account is ready",
                "<p>You can now sign in with your email and the password you chose.</p><p><a href=\"/login\">Sign in</a></p>");
    }

    private static String form(String token, CsrfToken csrf, String error) {
        return (error == null ? "" : Html.alert(error)) + """
                <p>Choose a password for your account: at least %d characters. A long phrase you can remember works well.</p>
                <form method="post" action="/invitations/accept">
                <input type="hidden" name="token" value="%s">
                <label for="password">Password</label>
                <input id="password" name="password" type="password" autocomplete="new-password" minlength="%d" required>
                <label for="confirmation">Password again</label>
                <input id="confirmation" name="confirmation" type="password" autocomplete="new-password" minlength="%d" required>
                %s
                <button type="submit">Activate my account</button>
                </form>
                """.formatted(PasswordPolicy.MIN_LENGTH, Html.escape(token), PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.MIN_LENGTH, Html.csrf(csrf));
    }
}
