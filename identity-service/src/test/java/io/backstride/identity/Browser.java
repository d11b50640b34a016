package io.backstride.identity;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scripted browser: a cookie jar, HTML forms posted as a person would, redirects followed one by one until
 * the authorization server sends the browser back to the client's redirect URI.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern STATE = Pattern.compile("name=\"state\" value=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    Browser(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(IdentityIT.formEncode(form))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Follows redirects on this server; stops at a page, or at a redirect leaving for {@code stopAt}. */
    HttpResponse<String> follow(HttpResponse<String> response, String stopAt) throws Exception {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            String location = current.headers().firstValue("Location").orElseThrow();
            if (stopAt != null && location.startsWith(stopAt)) {
                return current;
            }
            current = get(location);
        }
        return current;
    }

    String csrf() throws Exception {
        return csrfOf(get("/login").body());
    }

    /** Signs in with the password on the login page, then follows on where the server sends the browser. */
    HttpResponse<String> signIn(String email, String password, String stopAt) throws Exception {
        HttpResponse<String> response = post("/login", Map.of("username", email, "password", password, "_csrf", csrf()));
        return follow(response, stopAt);
    }

    record Pkce(String verifier, String challenge) {
        static Pkce create() throws Exception {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            return new Pkce(verifier, challenge);
        }
    }

    static String authorizePath(String clientId, String redirectUri, String scope, Pkce pkce) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("redirect_uri", redirectUri);
        query.put("scope", scope);
        query.put("state", "st-" + System.nanoTime());
        query.put("code_challenge", pkce.challenge());
        query.put("code_challenge_method", "S256");
        return "/oauth2/authorize?" + IdentityIT.formEncode(query);
    }

    /** The authorization code the server sent the browser back with. */
    static String codeFrom(HttpResponse<String> redirectToClient) {
        String location = redirectToClient.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect to the client: " + redirectToClient.statusCode() + " " + redirectToClient.body()));
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        if (!code.find()) {
            throw new AssertionError("no code in " + location);
        }
        return java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8);
    }

    static String csrfOf(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token in page: " + html);
        }
        return matcher.group(1);
    }

    static String stateOf(String html) {
        Matcher matcher = STATE.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no state in consent page: " + html);
        }
        return matcher.group(1);
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }
}
