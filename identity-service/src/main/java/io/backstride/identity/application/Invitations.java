package io.backstride.identity.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import io.backstride.identity.domain.AccountStatus;
import io.backstride.identity.domain.Invitation;
import io.backstride.identity.domain.PasswordPolicy;
import io.backstride.identity.domain.Role;
import io.backstride.identity.persistence.AccountDocument;
import io.backstride.identity.persistence.AccountRepository;
import io.backstride.identity.persistence.InvitationDocument;
import io.backstride.identity.persistence.InvitationRepository;
import io.backstride.identity.persistence.TokenHashes;
import io.backstride.platform.web.ConflictException;
import io.backstride.platform.web.InvalidRequestException;
import io.backstride.platform.web.NotFoundException;
import io.backstride.platform.web.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Runners join by invitation: an organiser (or platform admin) invites one runner, who gets an INVITED
 * account and a mail with a single-use, expiring link; accepting sets the password and activates the account.
 */
@Service
public class Invitations {

    private final SecureRandom random = new SecureRandom();
    private final AccountRepository accounts;
    private final InvitationRepository invitations;
    private final PasswordEncoder passwords;
    private final Letters letters;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration validity;
    private final String acceptUrl;

    public Invitations(AccountRepository accounts, InvitationRepository invitations, PasswordEncoder passwords,
                       Letters letters, AuditLog audit, Clock clock,
                       @Value("${identity.invitation-validity}") Duration validity,
                       @Value("${identity.public-url}") String publicUrl) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.passwords = passwords;
        this.letters = letters;
        this.audit = audit;
        this.clock = clock;
        this.validity = validity;
        this.acceptUrl = publicUrl + "/invitations/accept?token=";
    }

    public record Issued(String accountId, String runnerId, String email, String tenantId, Instant expiresAt) {
    }

    public Issued invite(String tenantId, String email, String displayName, String runnerId, Caller by) {
        if (!by.mayManageTenant(tenantId)) {
            throw new Forbidden("You may invite runners of your own race organiser only.");
        }
        String address = Accounts.normalise(email);
        List<Violation> violations = new ArrayList<>();
        if (address == null || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            violations.add(new Violation("email", "must be an email address"));
        }
        if (runnerId != null && !runnerId.matches("[A-Za-z0-9._-]{8,64}")) {
            violations.add(new Violation("runnerId", "must be 8 to 64 letters, digits, '.', '_' or '-'"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        AccountDocument account = accounts.findByEmail(address).orElse(null);
        if (account != null && (account.getStatus() != AccountStatus.INVITED || !tenantId.equals(account.getTenantId()))) {
            throw new ConflictException("An account with this email already exists.");
        }
        if (account == null) {
            if (runnerId != null && accounts.findByRunnerId(runnerId).isPresent()) {
                throw new ConflictException("Runner " + runnerId + " already has an account.");
            }
            account = accounts.save(new AccountDocument(UUID.randomUUID().toString(), address, displayName, tenantId,
                    runnerId == null ? UUID.randomUUID().toString() : runnerId, EnumSet.of(Role.RUNNER),
                    AccountStatus.INVITED, clock.instant()));
        } else {
            // a new invitation replaces any earlier one still open
            invitations.deleteAll(invitations.findByAccountIdAndUsedAtIsNull(account.getId()));
        }
        String token = newToken();
        Instant expiresAt = clock.instant().plus(validity);
        invitations.save(new InvitationDocument(TokenHashes.sha256(token), account.getId(), tenantId,
                account.getRunnerId(), clock.instant(), expiresAt, by.subject()));
        letters.invitation(address, acceptUrl + token, tenantId);
        audit.success(by.subject(), AuditLog.RUNNER_INVITED, account.getId(), tenantId, "runner " + account.getRunnerId());
        return new Issued(account.getId(), account.getRunnerId(), address, tenantId, expiresAt);
    }

    /** Sets the password and activates the account; a used, expired or unknown token is refused. */
    public Accounts.Account accept(String token, String password) {
        PasswordPolicy.check(password).ifPresent(reason -> {
            throw new InvalidRequestException(List.of(new Violation("password", reason)));
        });
        InvitationDocument stored = token == null ? null : invitations.findById(TokenHashes.sha256(token)).orElse(null);
        if (stored == null) {
            throw new NotFoundException("There is no such invitation. Check that the whole link was opened.");
        }
        Invitation invitation = new Invitation(stored.getExpiresAt(), stored.getUsedAt());
        try {
            invitation.accept(clock.instant());
        } catch (Invitation.InvitationRefused refused) {
            audit.failure("invitee", AuditLog.INVITATION_ACCEPTED, stored.getAccountId(), stored.getTenantId(), refused.refusal().name());
            throw refused;
        }
        stored.markUsed(invitation.usedAt());
        invitations.save(stored); // @Version: of two concurrent acceptances, one fails
        AccountDocument account = accounts.findById(stored.getAccountId())
                .orElseThrow(() -> new NotFoundException("The invited account no longer exists."));
        account.activate(passwords.encode(password), clock.instant());
        Accounts.Account activated = Accounts.view(accounts.save(account));
        audit.success(account.getId(), AuditLog.INVITATION_ACCEPTED, account.getId(), account.getTenantId(), "account activated");
        return activated;
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
