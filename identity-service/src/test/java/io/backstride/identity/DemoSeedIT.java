package io.backstride.identity;

import io.backstride.identity.application.ClientRegistrations;
import io.backstride.identity.config.DemoSeed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

import static org.assertj.core.api.Assertions.assertThat;

class DemoSeedIT extends IdentityIT {

    @Autowired
    ClientRegistrations registrations;
    @Autowired
    RegisteredClientRepository clients;

    @Test
    void seedingTheDemoTenantTwiceCreatesEachAccountAndClientOnceAndTheyCanSignIn() throws Exception {
        DemoSeed seed = new DemoSeed(accounts, registrations, "http://localhost:8090/callback");
        seed.seed();
        String firstRunnerId = accounts.byEmail("runner1@demo-race.local").orElseThrow().runnerId();
        String partnerId = clients.findByClientId(DemoSeed.PARTNER_CLIENT).getId();
        seed.seed();

        assertThat(accounts.byEmail("runner1@demo-race.local").orElseThrow().runnerId()).isEqualTo(firstRunnerId);
        assertThat(clients.findByClientId(DemoSeed.PARTNER_CLIENT).getId()).isEqualTo(partnerId);
        assertThat(accounts.byEmail("admin@demo-race.local").orElseThrow().tenantId()).isEqualTo(DemoSeed.TENANT);
        assertThat(claims(clientCredentialsToken(DemoSeed.OPS_CLIENT, DemoSeed.OPS_SECRET)).get("roles").toString())
                .isEqualTo("[\"OPS\"]");
        assertThat(new Browser(port).signIn("ops@backstride.local", DemoSeed.PASSWORD, null).body()).contains("You are signed in");
    }
}
