package io.backstride.identity.persistence;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import io.backstride.identity.domain.AccountStatus;
import io.backstride.identity.domain.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A person who signs in. The email is the sign-in name (unique on the platform); the id is the token subject. */
@Document("accounts")
public class AccountDocument {

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed(unique = true)
    private String email;
    private String displayName;
    /** The race organiser for tenant-scoped accounts (organiser staff, runners); null for platform roles. */
    @Indexed
    private String tenantId;
    /** Runners only: the id every service keys the runner's data by. */
    @Indexed(unique = true, sparse = true)
    private String runnerId;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private AccountStatus status;
    private String passwordHash;
    private int failedSignIns;
    private Instant lockedUntil;
    private Instant createdAt;
    private Instant activatedAt;

    protected AccountDocument() {
    }

    public AccountDocument(String id, String email, String displayName, String tenantId, String runnerId,
                           Set<Role> roles, AccountStatus status, Instant createdAt) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.tenantId = tenantId;
        this.runnerId = runnerId;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.status = status;
        this.createdAt = createdAt;
    }

    public void activate(String passwordHash, Instant at) {
        this.passwordHash = passwordHash;
        this.status = AccountStatus.ACTIVE;
        this.activatedAt = at;
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    public void changeRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getId() { return id; }
    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    public String getTenantId() { return tenantId; }
    public String getRunnerId() { return runnerId; }
    public Set<Role> getRoles() { return roles; }
    public AccountStatus getStatus() { return status; }
    public String getPasswordHash() { return passwordHash; }
    public int getFailedSignIns() { return failedSignIns; }
    public Instant getLockedUntil() { return lockedUntil; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getActivatedAt() { return activatedAt; }
}
