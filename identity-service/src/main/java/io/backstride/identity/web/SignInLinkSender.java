package io.backstride.identity.web;

import java.io.IOException;

import io.backstride.identity.application.Accounts;
import io.backstride.identity.application.Letters;
import io.backstride.identity.domain.AccountStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Mails the sign-in link to an active account and shows the same "check your mail" page whatever the email,
 * so the form does not tell who has an account.
 */
@Component
public class SignInLinkSender implements OneTimeTokenGenerationSuccessHandler {

    private final Accounts accounts;
    private final Letters letters;
    private final String publicUrl;

    public SignInLinkSender(Accounts accounts, Letters letters, @Value("${identity.public-url}") String publicUrl) {
        this.accounts = accounts;
        this.letters = letters;
        this.publicUrl = publicUrl;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token) throws IOException {
        accounts.byEmail(token.getUsername()).filter(a -> a.status() == AccountStatus.ACTIVE).ifPresent(account -> {
            String link = UriComponentsBuilder.fromUriString(publicUrl).path("/login/ott")
                    .queryParam("token", token.getTokenValue()).build().toUriString();
            letters.signInLink(account.email(), link);
        });
        response.sendRedirect(request.getContextPath() + "/login/link-sent");
    }
}
