package io.backstride.identity.application;

import java.time.Clock;
import java.time.Instant;

import io.backstride.identity.domain.SignInThrottle;
import io.backstride.identity.persistence.AccountRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.ott.OneTimeTokenAuthentication;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Watches people's sign-ins (password and emailed link): audits every one, counts consecutive password
 * failures per account and locks the account with a growing delay.
 */
@Service
public class SignInAttempts {

    private final AccountRepository accounts;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;

    public SignInAttempts(AccountRepository accounts, SignInThrottle throttle, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        String method = method(authentication);
        if (method == null) {
            return; // clients and bearer tokens are not people signing in
        }
        accounts.resetFailures(authentication.getName());
        audit.success(authentication.getName(), AuditLog.SIGN_IN, authentication.getName(), null, method);
    }

    @EventListener
    public void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String reason = event.getException().getClass().getSimpleName();
        if (attempt instanceof UsernamePasswordAuthenticationToken && attempt.getName() != null) {
            String email = Accounts.normalise(attempt.getName());
            int failures = accounts.recordFailure(email);
            Instant now = clock.instant();
            Instant lockedUntil = failures < 0 ? null : throttle.lockedUntil(failures, now);
            if (lockedUntil != null) {
                accounts.lockUntil(email, lockedUntil);
                audit.failure(email, AuditLog.ACCOUNT_LOCKED, email, null, failures + " failures, locked until " + lockedUntil);
            }
            audit.failure(email, AuditLog.SIGN_IN, email, null, "password: " + reason);
        } else if (attempt instanceof OneTimeTokenAuthenticationToken) {
            audit.failure("unknown", AuditLog.SIGN_IN, "unknown", null, "sign-in link refused (unknown, used or expired)");
        }
    }

    private static String method(Authentication authentication) {
        if (authentication instanceof OneTimeTokenAuthentication) {
            return "sign-in link";
        }
        if (authentication instanceof UsernamePasswordAuthenticationToken) {
            return "password";
        }
        return null;
    }
}
