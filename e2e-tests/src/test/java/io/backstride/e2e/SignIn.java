package io.backstride.e2e;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person at identity-service's pages in a browser (system property {@code backstride.identity}): a cookie jar,
 * the login form posted with its CSRF token, redirects followed one at a time until the identity provider sends
 * the browser back to the app with a code. The authorization code flow with PKCE (S256) as the web app and as a
 * partner app (which shows the consent screen) runs on it.
 */
final class SignIn {

    static final String IDENTITY_URL = System.getProperty("backstride.identity", "http://localhost:9000");
    static final Client WEB_APP = new Client("backstride-web", null, "http://localhost:8080/callback");
    static final Client DEMO_PARTNER = new Client("demo-partner", "local-demo-partner-secret", "http://localhost:8090/callback");

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern STATE = Pattern.compile("name=\"state\" value=\"([^\"]*)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An OAuth2 client of identity-service; {@code secret} is null for the public web app. */
    record Client(String clientId, String secret, String redirectUri) {
    }

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final Client client;
    private final String verifier = base64Url(randomBytes(32));
    private final String state = base64Url(randomBytes(12));

    private SignIn(Client client) {
        this.client = client;
    }

    /** Signs in as the web app does (authorization code + PKCE, no consent screen) and returns its tokens. */
    static Tokens webApp(String email, String password) throws Exception {
        SignIn signIn = new SignIn(WEB_APP);
        return signIn.exchange(signIn.authorize("openid profile", email, password));
    }

    /**
     * A partner app sends the person to identity-service asking for {@code scope}; they sign in and are shown
     * what the identity provider shows next: the consent screen, or (already approved) the way back to the app.
     */
    static Authorization partner(Client partner, String scope, String email, String password) throws Exception {
        SignIn signIn = new SignIn(partner);
        return signIn.new Authorization(signIn.authorize(scope, email, password));
    }

    /** Where a partner app's authorization stands after sign-in. */
    final class Authorization {

        private final HttpResponse<String> page;

        private Authorization(HttpResponse<String> page) {
            this.page = page;
        }

        boolean showsConsentScreen() {
            return page.statusCode() == 200 && page.body().contains("action=\"/oauth2/authorize\"");
        }

        String consentScreen() {
            if (!showsConsentScreen()) {
                throw new AssertionError("no consent screen but " + page.statusCode() + " " + location(page));
            }
            return page.body();
        }

        /** The person clicks "Allow" with the given scopes ticked; the app exchanges the code for tokens. */
        Tokens allow(String... scopes) throws Exception {
            List<String> form = new ArrayList<>(List.of("client_id", client.clientId(), "state", stateOf(consentScreen())));
            for (String scope : scopes) {
                form.add("scope");
                form.add(scope);
            }
            return exchange(post("/oauth2/authorize", form.toArray(String[]::new)));
        }

        /** The person clicks "Do not allow": the redirect back to the app, which carries an error instead of a code. */
        URI doNotAllow() throws Exception {
            HttpResponse<String> back = post("/oauth2/authorize", "client_id", client.clientId(), "state", stateOf(consentScreen()));
            return URI.create(location(back));
        }
    }

    private HttpResponse<String> authorize(String scope, String email, String password) throws Exception {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", client.clientId());
        query.put("redirect_uri", client.redirectUri());
        query.put("scope", scope);
        query.put("state", state);
        query.put("code_challenge", base64Url(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII))));
        query.put("code_challenge_method", "S256");
        HttpResponse<String> toLogin = get("/oauth2/authorize?" + formEncode(query));
        if (toLogin.statusCode() != 302 || !location(toLogin).contains("/login")) {
            throw new AssertionError("the authorization endpoint did not send the browser to the login page: "
                    + toLogin.statusCode() + " " + toLogin.body());
        }
        Matcher csrf = CSRF.matcher(get(location(toLogin)).body());
        if (!csrf.find()) {
            throw new AssertionError("no CSRF token on the login page");
        }
        HttpResponse<String> signedIn = post("/login", "username", email, "password", password, "_csrf", csrf.group(1));
        if (location(signedIn).contains("/login?error")) {
            throw new AssertionError("sign-in failed for " + email);
        }
        return followUntilTheApp(signedIn);
    }

    /** Follows redirects on identity-service; stops at a page or at the redirect back to the app. */
    private HttpResponse<String> followUntilTheApp(HttpResponse<String> response) throws Exception {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            if (location(current).startsWith(client.redirectUri())) {
                return current;
            }
            current = get(location(current));
        }
        return current;
    }

    /** The app's side: reads the code from the redirect and redeems it with the PKCE verifier. */
    private Tokens exchange(HttpResponse<String> redirectToApp) throws Exception {
        String location = location(redirectToApp);
        if (!location.startsWith(client.redirectUri())) {
            throw new AssertionError("no redirect back to " + client.redirectUri() + ": " + redirectToApp.statusCode()
                    + " " + location + " " + redirectToApp.body());
        }
        Map<String, String> query = queryOf(location);
        if (!state.equals(query.get("state")) || !query.containsKey("code")) {
            throw new AssertionError("no code for this request in " + location);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", query.get("code"));
        form.put("redirect_uri", client.redirectUri());
        form.put("code_verifier", verifier);
        return Tokens.require(Tokens.request(client, form));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String... nameValuePairs) throws Exception {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(encode(nameValuePairs[i])).append('=').append(encode(nameValuePairs[i + 1]));
        }
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : IDENTITY_URL + path);
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    static Map<String, String> queryOf(String url) {
        String query = URI.create(url).getRawQuery();
        Map<String, String> values = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] nameValue = pair.split("=", 2);
                values.put(decode(nameValue[0]), nameValue.length > 1 ? decode(nameValue[1]) : "");
            }
        }
        return values;
    }

    private static String stateOf(String consentScreen) {
        Matcher state = STATE.matcher(consentScreen);
        if (!state.find()) {
            throw new AssertionError("no state on the consent screen");
        }
        return state.group(1);
    }

    static String formEncode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
