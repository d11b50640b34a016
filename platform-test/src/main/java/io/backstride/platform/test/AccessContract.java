package io.backstride.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.backstride.platform.security.AccessRules;
import io.backstride.platform.security.Roles;
import io.backstride.platform.security.RunnerConsents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks every operation of the service's own OpenAPI document and proves its access rules: every operation has a
 * rule; anonymous callers get 401; callers without any of the rule's roles get 403; on runner paths
 * ({@code {runnerId}}) another runner gets 403 or 404 and none of the data; a caller the rule admits passes the
 * route rules. A new endpoint without a rule, or a rule removed, fails the build. Extend it in each service:
 *
 * <pre>{@code
 * @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
 * @WithKafkaAndMongo
 * class ProgrammeAccessIT extends AccessContract {
 * }
 * }</pre>
 */
public abstract class AccessContract {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final String RUNNER = "walker-runner-a";
    private static final String OTHER_RUNNER = "walker-runner-b";
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;
    @Autowired
    private ObjectProvider<AccessRules> accessRules;
    @Autowired
    private ObjectProvider<RunnerConsents> consents;

    private AccessRules rules;
    private List<Operation> operations;

    /** One operation of the OpenAPI document, with a concrete path for its variables. */
    protected record Operation(String method, String template, String path) {

        boolean runnerPath() {
            return template.contains("{runnerId}");
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    @BeforeEach
    void readTheApi() throws Exception {
        rules = AccessRules.of(accessRules.orderedStream().toList());
        HttpResponse<String> api = send("GET", "/v3/api-docs", null);
        assertThat(api.statusCode()).as("the OpenAPI document is served").isEqualTo(200);
        operations = new ArrayList<>();
        JsonNode paths = JSON.readTree(api.body()).path("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase();
                if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    operations.add(new Operation(method, path.getKey(), concrete(path.getKey())));
                }
            }
        }
        assertThat(operations).as("the service documents its operations").isNotEmpty();
        consents.ifAvailable(c -> c.given(RUNNER, TestTokens.TENANT, "walker", Instant.now()));
    }

    @Test
    public void everyOperationHasAnAccessRule() {
        assertThat(operationsWithoutARule()).as("operations without an access rule (add them to the service's AccessRules)").isEmpty();
    }

    protected List<Operation> operationsWithoutARule() {
        return operations.stream().filter(op -> rule(op) == null).toList();
    }

    @Test
    void anonymousCallersAreRefusedEverywhere() throws Exception {
        List<String> open = new ArrayList<>();
        for (Operation op : operations) {
            AccessRules.Rule rule = rule(op);
            if (rule != null && rule.anonymous()) {
                continue;
            }
            HttpResponse<String> response = send(op.method(), op.path(), null);
            if (response.statusCode() != 401) {
                open.add(op + " -> " + response.statusCode());
            }
        }
        assertThat(open).as("operations that did not answer 401 without a token").isEmpty();
    }

    @Test
    void callersWithoutTheRoleAreRefused() throws Exception {
        List<String> open = new ArrayList<>();
        for (Operation op : operations) {
            AccessRules.Rule rule = rule(op);
            if (rule == null || rule.roles().isEmpty()) {
                continue;
            }
            String[] otherRoles = Roles.ALL.stream().filter(role -> !rule.roles().contains(role)).toArray(String[]::new);
            String token = TestTokens.token().subject("walker-wrong-role").roles(otherRoles).runnerId(RUNNER).bearer();
            HttpResponse<String> response = send(op.method(), op.path(), token);
            if (response.statusCode() != 403) {
                open.add(op + " -> " + response.statusCode());
            }
        }
        assertThat(open).as("operations that did not answer 403 to every role outside their rule").isEmpty();
    }

    @Test
    void aRunnerNeverReachesAnotherRunnersData() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Operation op : operations.stream().filter(Operation::runnerPath).toList()) {
            for (String token : List.of(TestTokens.runner(OTHER_RUNNER),
                    TestTokens.partner(OTHER_RUNNER, "walker-partner", "openid", "runner.read", "runner.write"))) {
                HttpResponse<String> response = send(op.method(), op.path(), token);
                if (response.statusCode() != 403 && response.statusCode() != 404) {
                    leaks.add(op + " -> " + response.statusCode() + " " + response.body());
                }
            }
        }
        assertThat(leaks).as("runner paths another runner could use").isEmpty();
    }

    @Test
    void aCallerTheRuleAdmitsPassesTheRouteRules() throws Exception {
        List<String> refused = new ArrayList<>();
        for (Operation op : operations) {
            AccessRules.Rule rule = rule(op);
            if (rule == null) {
                continue;
            }
            String[] roles = rule.roles().isEmpty() ? new String[] {Roles.RUNNER} : rule.roles().toArray(String[]::new);
            String token = TestTokens.token().subject("walker-admitted").roles(roles).runnerId(RUNNER).bearer();
            HttpResponse<String> response = send(op.method(), op.path(), token);
            boolean routeRefused = response.statusCode() == 401
                    || (response.statusCode() == 403 && response.headers().firstValue("WWW-Authenticate").isPresent());
            if (routeRefused) {
                refused.add(op + " -> " + response.statusCode());
            }
        }
        assertThat(refused).as("operations whose route rules refuse the roles they name").isEmpty();
    }

    private AccessRules.Rule rule(Operation op) {
        return rules.ruleFor(HttpMethod.valueOf(op.method()), op.path()).orElse(null);
    }

    private static String concrete(String template) {
        Matcher variables = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String name = variables.group(1);
            variables.appendReplacement(path, "runnerId".equals(name) ? RUNNER : "walker-" + name.toLowerCase());
        }
        variables.appendTail(path);
        return path.toString();
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", token);
        }
        if (BODY_METHODS.contains(method)) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
