package io.backstride.identity.domain;

/** An account is invited (no password yet), active (may sign in) or disabled. */
public enum AccountStatus {
    INVITED, ACTIVE, DISABLED
}
