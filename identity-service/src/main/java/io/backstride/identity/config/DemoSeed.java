package io.backstride.identity.config;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.backstride.identity.application.Accounts;
import io.backstride.identity.application.ClientRegistrations;
import io.backstride.identity.domain.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo tenant of a local run: an organiser admin, a clinician, an author, an ops user, two runners, a
 * partner app and an ops client, with local-only credentials (also in the README). Idempotent: what exists
 * is left alone. Wired only under the {@code local} profile, and refused together with {@code production}.
 */
public class DemoSeed {

    public static final String TENANT = "demo-race";
    public static final String PASSWORD = "local-demo-password";
    public static final String PARTNER_CLIENT = "demo-partner";
    public static final String PARTNER_SECRET = "local-demo-partner-secret";
    public static final String OPS_CLIENT = "demo-ops-client";
    public static final String OPS_SECRET = "local-demo-ops-secret";

    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

    record Person(String email, String name, String tenant, Set<Role> roles) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("admin@demo-race.local", "Olive Organiser", TENANT, EnumSet.of(Role.ORGANISER_ADMIN)),
            new Person("clinician@backstride.local", "Cleo Clinician", null, EnumSet.of(Role.CLINICIAN)),
            new Person("author@backstride.local", "Arlo Author", null, EnumSet.of(Role.AUTHOR)),
            new Person("ops@backstride.local", "Otis Ops", null, EnumSet.of(Role.OPS)),
            new Person("runner1@demo-race.local", "Rita Runner", TENANT, EnumSet.of(Role.RUNNER)),
            new Person("runner2@demo-race.local", "Ravi Runner", TENANT, EnumSet.of(Role.RUNNER)));

    private final Accounts accounts;
    private final ClientRegistrations clients;
    private final String partnerRedirectUri;

    public DemoSeed(Accounts accounts, ClientRegistrations clients, String partnerRedirectUri) {
        this.accounts = accounts;
        this.clients = clients;
        this.partnerRedirectUri = partnerRedirectUri;
    }

    public void seed() {
        StringBuilder listing = new StringBuilder("Local demo accounts (local profile only; password for all: ")
                .append(PASSWORD).append("):");
        for (Person person : PEOPLE) {
            Accounts.Account account = accounts.ensureActive(person.email(), person.name(), person.tenant(), person.roles(), PASSWORD);
            listing.append("\n  ").append(person.email()).append("  ").append(person.roles())
                    .append(account.runnerId() == null ? "" : "  runner_id " + account.runnerId());
        }
        clients.partner(PARTNER_CLIENT, "Demo partner app", PARTNER_SECRET, List.of(partnerRedirectUri));
        clients.service(OPS_CLIENT, OPS_SECRET, List.of(Role.OPS), null);
        listing.append("\n  partner client ").append(PARTNER_CLIENT).append(" / ").append(PARTNER_SECRET)
                .append(" (redirect ").append(partnerRedirectUri).append(")")
                .append("\n  ops client ").append(OPS_CLIENT).append(" / ").append(OPS_SECRET);
        log.warn(listing.toString());
    }
}
