package io.backstride.identity.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.backstride.identity.domain.AccountStatus;
import io.backstride.identity.domain.PasswordPolicy;
import io.backstride.identity.domain.Role;
import io.backstride.identity.persistence.AccountDocument;
import io.backstride.identity.persistence.AccountRepository;
import io.backstride.platform.web.InvalidRequestException;
import io.backstride.platform.web.NotFoundException;
import io.backstride.platform.web.Violation;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The accounts that sign in. People sign in with their email; the signed-in principal's name is the
 * account id, which becomes the token subject (stable, and not personal data).
 */
@Service
public class Accounts implements UserDetailsService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;

    public Accounts(AccountRepository accounts, PasswordEncoder passwords, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    public record Account(String id, String email, String displayName, String tenantId, String runnerId,
                          Set<Role> roles, AccountStatus status) {

        public boolean isRunner() {
            return roles.contains(Role.RUNNER) && runnerId != null;
        }
    }

    public static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        AccountDocument account = accounts.findByEmail(normalise(email))
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
        Instant lockedUntil = account.getLockedUntil();
        return User.withUsername(account.getId())
                // an invited account has no password yet: no password can match this
                .password(account.getPasswordHash() == null ? "{noop}" + UUID.randomUUID() + UUID.randomUUID() : account.getPasswordHash())
                .authorities(account.getRoles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList())
                .disabled(account.getStatus() != AccountStatus.ACTIVE)
                .accountLocked(lockedUntil != null && clock.instant().isBefore(lockedUntil))
                .build();
    }

    public Optional<Account> byId(String id) {
        return accounts.findById(id).map(Accounts::view);
    }

    public Optional<Account> byEmail(String email) {
        return accounts.findByEmail(normalise(email)).map(Accounts::view);
    }

    /** For seeding and operators: an active account with a password, created once (idempotent by email). */
    public Account ensureActive(String email, String displayName, String tenantId, Set<Role> roles, String password) {
        return accounts.findByEmail(normalise(email)).map(Accounts::view).orElseGet(() -> {
            PasswordPolicy.check(password).ifPresent(reason -> {
                throw new InvalidRequestException(List.of(new Violation("password", reason)));
            });
            String runnerId = roles.contains(Role.RUNNER) ? UUID.randomUUID().toString() : null;
            AccountDocument account = new AccountDocument(UUID.randomUUID().toString(), normalise(email), displayName,
                    tenantId, runnerId, roles, AccountStatus.INVITED, clock.instant());
            account.activate(passwords.encode(password), clock.instant());
            return view(accounts.save(account));
        });
    }

    public Account changeRoles(String accountId, Set<Role> roles, Caller by) {
        AccountDocument account = accounts.findById(accountId)
                .orElseThrow(() -> new NotFoundException("There is no account " + accountId + "."));
        if (account.getTenantId() == null && roles.stream().anyMatch(Role::tenantScoped)) {
            throw new InvalidRequestException(List.of(new Violation("roles", "tenant roles need an account of a tenant")));
        }
        if (roles.contains(Role.RUNNER) != account.getRoles().contains(Role.RUNNER) || roles.contains(Role.PARTNER)) {
            throw new InvalidRequestException(List.of(new Violation("roles", "RUNNER cannot be added or removed, PARTNER is for clients")));
        }
        Set<Role> before = Set.copyOf(account.getRoles());
        account.changeRoles(roles);
        Account saved = view(accounts.save(account));
        audit.success(by.subject(), AuditLog.ROLES_CHANGED, accountId, account.getTenantId(), before + " -> " + roles);
        return saved;
    }

    static Account view(AccountDocument d) {
        return new Account(d.getId(), d.getEmail(), d.getDisplayName(), d.getTenantId(), d.getRunnerId(),
                Set.copyOf(d.getRoles()), d.getStatus());
    }
}
