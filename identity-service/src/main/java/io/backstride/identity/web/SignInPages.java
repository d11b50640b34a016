package io.backstride.identity.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.Hidden;

/** The sign-in page: email and password, or an emailed one-time link. */
@Controller
@Hidden
class SignInPages {

    @GetMapping("/login")
    ResponseEntity<String> signIn(@RequestParam(required = false) String error,
                                  @RequestParam(required = false) String logout, CsrfToken csrf) {
        StringBuilder body = new StringBuilder();
        if (error != null) {
            body.append(Html.alert("Sign-in failed. Check your email and password, or ask for a sign-in link. "
                    + "After several failed attempts, sign-in is paused for a while."));
        }
        if (logout != null) {
            body.append(Html.note("You are signed out."));
        }
        body.append("""
                <p>Backstride is not medical advice.</p>
                <form method="post" action="/login">
                <label for="username">Email</label>
                <input id="username" name="username" type="email" autocomplete="username" required>
                <label for="password">Password</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                %s
                <button type="submit">Sign in</button>
                </form>
                <h2>No password at hand?</h2>
                <form method="post" action="/ott/generate">
                <label for="link-email">Email</label>
                <input id="link-email" name="username" type="email" autocomplete="username" required>
                %s
                <button type="submit">Email me a sign-in link</button>
                </form>
                """.formatted(Html.csrf(csrf), Html.csrf(csrf)));
        return Html.page(HttpStatus.OK, "Sign in to Backstride", body.toString());
    }

    @GetMapping("/login/link-sent")
    ResponseEntity<String> linkSent() {
        return Html.page(HttpStatus.OK, "Check your mail",
                "<p>If an active account has this email, we have sent it a sign-in link. The link works once and "
                        + "expires in a few minutes.</p><p><a href=\"/login\">Back to sign-in</a></p>");
    }

    @GetMapping("/")
    ResponseEntity<String> home(Authentication signedIn) {
        return Html.page(HttpStatus.OK, "You are signed in",
                "<p>You can now return to the Backstride app.</p>"
                        + "<form method=\"post\" action=\"/logout\"><button type=\"submit\">Sign out</button></form>");
    }
}
