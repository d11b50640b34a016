package io.backstride.identity;

import java.net.http.HttpResponse;
import java.util.Map;

import io.backstride.identity.application.Accounts;
import io.backstride.identity.persistence.SigningKeyRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorizationServerIT extends IdentityIT {

    private static final String WEB_REDIRECT = "http://localhost:8080/callback";

    @Autowired
    SigningKeyRepository signingKeys;

    @Test
    void servesOidcDiscoveryAndTheKeySetTokensAreSignedWith() throws Exception {
        JsonNode discovery = json(get("/.well-known/openid-configuration", null).body());
        assertThat(discovery.get("issuer").asString()).isEqualTo(issuer);
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo(issuer + "/oauth2/jwks");
        assertThat(discovery.get("token_endpoint").asString()).isEqualTo(issuer + "/oauth2/token");
        assertThat(discovery.get("code_challenge_methods_supported").toString()).contains("S256");

        HttpResponse<String> jwks = get("/oauth2/jwks", null);
        assertThat(jwks.statusCode()).isEqualTo(200);
        JsonNode key = json(jwks.body()).get("keys").get(0);
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.has("d")).as("the private part never leaves").isFalse();
        assertThat(signingKeys.findById("local")).as("the generated local key is kept for restarts")
                .hasValueSatisfying(stored -> assertThat(stored.keyId()).isEqualTo(key.get("kid").asString()));
    }

    @Test
    void aClientCredentialsTokenCarriesTheClientsRolesTenantAndClientIdAndLivesFiveMinutes() throws Exception {
        JsonNode claims = claims(clientCredentialsToken("test-organiser-tool", "test-organiser-secret"));
        assertThat(claims.get("iss").asString()).isEqualTo(issuer);
        assertThat(claims.get("sub").asString()).isEqualTo("test-organiser-tool");
        assertThat(claims.get("roles").toString()).isEqualTo("[\"ORGANISER_STAFF\"]");
        assertThat(claims.get("tenant").asString()).isEqualTo("race-a");
        assertThat(claims.get("client_id").asString()).isEqualTo("test-organiser-tool");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(300);
    }

    @Test
    void aWrongClientSecretGetsNoToken() throws Exception {
        assertThat(tokenRequest(Map.of("grant_type", "client_credentials"), "test-ops", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void aRunnerSignsInThroughTheWebAppWithAuthorizationCodeAndPkceAndGetsTenantRolesAndRunnerId() throws Exception {
        Accounts.Account runner = newRunner("race-a");
        Browser browser = new Browser(port);
        Browser.Pkce pkce = Browser.Pkce.create();

        HttpResponse<String> toLogin = browser.get(Browser.authorizePath("backstride-web", WEB_REDIRECT, "openid", pkce));
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(toLogin.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        HttpResponse<String> backToApp = browser.signIn(runner.email(), PASSWORD, WEB_REDIRECT);
        String code = Browser.codeFrom(backToApp);

        HttpResponse<String> tokens = tokenRequest(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", WEB_REDIRECT, "client_id", "backstride-web", "code_verifier", pkce.verifier()), null, null);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode access = claims(json(tokens.body()).get("access_token").asString());
        assertThat(access.get("sub").asString()).isEqualTo(runner.id());
        assertThat(access.get("tenant").asString()).isEqualTo("race-a");
        assertThat(access.get("roles").toString()).isEqualTo("[\"RUNNER\"]");
        assertThat(access.get("runner_id").asString()).isEqualTo(runner.runnerId());
        assertThat(access.get("aud").toString()).contains("\"backstride-api\"").contains("\"backstride-web\"");
        JsonNode id = claims(json(tokens.body()).get("id_token").asString());
        assertThat(id.get("runner_id").asString()).isEqualTo(runner.runnerId());
    }

    @Test
    void theWebAppCannotSkipPkce() throws Exception {
        Browser browser = new Browser(port);
        HttpResponse<String> response = browser.get("/oauth2/authorize?response_type=code&client_id=backstride-web&redirect_uri="
                + WEB_REDIRECT + "&scope=openid&state=x");
        assertThat(response.headers().firstValue("Location").orElse("")).contains("error=invalid_request");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        Accounts.Account runner = newRunner("race-a");
        Browser browser = new Browser(port);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> failed = browser.post("/login", Map.of("username", runner.email(), "password", "wrong password " + i,
                    "_csrf", browser.csrf()));
            assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        HttpResponse<String> locked = browser.post("/login", Map.of("username", runner.email(), "password", PASSWORD,
                "_csrf", browser.csrf()));
        assertThat(locked.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }
}
