package io.backstride.gateway;

import java.util.Collection;
import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Every backend the gateway routes to, stubbed: the four services and identity-service. Registers their URLs under the
 * variables the deployment sets ({@code <NAME>_SERVICE_URL}, {@code IDENTITY_SERVICE_URL}, {@code IDENTITY_ISSUER};
 * {@code RACE_SERVICE_URL} and {@code IDENTITY_JWKS_URI} are left to their defaults).
 */
final class StubbedBackends {

    private final IdentityStub identity = IdentityStub.start();
    private final Map<String, StubService> services = Map.of(
            "content", StubService.start("content"),
            "assessment", StubService.start("assessment"),
            "programme", StubService.start("programme"),
            "notification", StubService.start("notification"));

    static StubbedBackends start() {
        return new StubbedBackends();
    }

    IdentityStub identity() {
        return identity;
    }

    StubService service(String name) {
        return services.get(name);
    }

    Collection<StubService> services() {
        return services.values();
    }

    void register(DynamicPropertyRegistry registry) {
        services.forEach((name, stub) -> registry.add(name.toUpperCase() + "_SERVICE_URL", stub::url));
        registry.add("IDENTITY_SERVICE_URL", identity::issuer);
        registry.add("IDENTITY_ISSUER", identity::issuer);
    }

    /** Forgets what each stub received and how it was told to answer. */
    void reset() {
        services.values().forEach(StubService::reset);
        identity.reset();
    }

    void close() {
        services.values().forEach(StubService::close);
        identity.close();
    }
}
