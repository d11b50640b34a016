package io.backstride.identity.web;

import java.util.Arrays;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a runner approves a partner app (the authorization code flow's consent screen): what the app asks
 * for, in plain words, and that the link can be revoked. Approving links the app to the runner.
 */
@Controller
@Hidden
class ConsentScreen {

    static final String PATH = "/oauth2/consent";

    private static final Map<String, String> SCOPES = Map.of(
            "runner.read", "See your Backstride programme, your logged sessions and runs, and your progress.",
            "runner.write", "Record exercise sessions and runs in Backstride for you.");

    private final RegisteredClientRepository clients;

    ConsentScreen(RegisteredClientRepository clients) {
        this.clients = clients;
    }

    @GetMapping(PATH)
    ResponseEntity<String> consent(@RequestParam("client_id") String clientId, @RequestParam(defaultValue = "") String scope,
                                   @RequestParam(defaultValue = "") String state) {
        RegisteredClient client = clients.findByClientId(clientId);
        if (client == null) {
            return Html.page(HttpStatus.BAD_REQUEST, "Unknown app", Html.alert("This app is not registered with Backstride."));
        }
        StringBuilder choices = new StringBuilder();
        Arrays.stream(scope.split(" ")).filter(s -> !s.isBlank() && !OidcScopes.OPENID.equals(s)).forEach(s -> choices
                .append("<p><input type=\"checkbox\" name=\"scope\" id=\"").append(Html.escape(s)).append("\" value=\"")
                .append(Html.escape(s)).append("\" checked> <label for=\"").append(Html.escape(s)).append("\" style=\"display:inline\">")
                .append(Html.escape(SCOPES.getOrDefault(s, s))).append("</label></p>"));
        String hidden = "<input type=\"hidden\" name=\"client_id\" value=\"" + Html.escape(clientId) + "\">"
                + "<input type=\"hidden\" name=\"state\" value=\"" + Html.escape(state) + "\">";
        String body = "<p><strong>" + Html.escape(client.getClientName()) + "</strong> asks to act for you in Backstride.</p>"
                + "<form method=\"post\" action=\"/oauth2/authorize\">" + hidden
                + "<fieldset><legend>It may:</legend>" + choices + "</fieldset>"
                + "<button type=\"submit\">Allow</button></form>"
                + "<form method=\"post\" action=\"/oauth2/authorize\">" + hidden
                + "<button type=\"submit\">Do not allow</button></form>"
                + "<p>You can remove this app's access at any time in your Backstride account; it then loses access at once.</p>";
        return Html.page(HttpStatus.OK, "Allow " + client.getClientName() + "?", body);
    }
}
