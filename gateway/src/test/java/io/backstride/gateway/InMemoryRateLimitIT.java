package io.backstride.gateway;

import org.junit.jupiter.api.AfterAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Rate limits with the buckets in the gateway's memory: no {@code REDIS_URL}. */
class InMemoryRateLimitIT extends AbstractRateLimitIT {

    private static final IdentityStub identity = IdentityStub.start();
    private static final StubService notification = StubService.start("notification");

    @DynamicPropertySource
    static void urls(DynamicPropertyRegistry registry) {
        registry.add("IDENTITY_ISSUER", identity::issuer);
        registry.add("IDENTITY_SERVICE_URL", identity::issuer);
        registry.add("NOTIFICATION_SERVICE_URL", notification::url);
        registry.add("REDIS_URL", () -> "");
    }

    @AfterAll
    static void stop() {
        identity.close();
        notification.close();
    }

    @Override
    IdentityStub identity() {
        return identity;
    }
}
