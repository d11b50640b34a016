package io.backstride.content.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstride.platform.security.AccessRules;
import io.backstride.platform.security.RunnerAccess;
import io.backstride.platform.security.Roles;
import io.backstride.platform.test.AccessContract;
import io.backstride.platform.test.WithKafkaAndMongo;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;

/**
 * The platform's access contract over every operation of the content API, plus the per-operation roles this
 * service promises, read from the same rules the filter chain applies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithKafkaAndMongo
class ContentAccessIT extends AccessContract {

    private static final String ITEM = "/api/v1/content/authoring/exercises/glute-bridge/en-GB";
    private static final Set<String> WRITERS = Set.of(Roles.AUTHOR, Roles.CLINICIAN);
    private static final Set<String> REVIEWERS = Set.of(Roles.CLINICIAN);

    @Autowired
    AccessRules rules;
    @Autowired
    ObjectProvider<RunnerAccess> runnerAccess;

    @Test
    void eachOperationNamesExactlyTheRolesOfTheAuthoringWorkflow() {
        assertThat(roles(HttpMethod.POST, "/api/v1/content/authoring/exercises")).isEqualTo(WRITERS);
        assertThat(roles(HttpMethod.PUT, ITEM)).isEqualTo(WRITERS);
        assertThat(roles(HttpMethod.POST, ITEM + "/submit")).isEqualTo(WRITERS);
        assertThat(roles(HttpMethod.GET, ITEM)).isEqualTo(WRITERS);
        assertThat(roles(HttpMethod.GET, ITEM + "/history")).isEqualTo(WRITERS);
        assertThat(roles(HttpMethod.GET, ITEM + "/versions/2")).isEqualTo(WRITERS);
        for (String decision : List.of("approve", "reject", "retire")) {
            assertThat(roles(HttpMethod.POST, ITEM + "/" + decision)).as(decision).isEqualTo(REVIEWERS);
        }
    }

    @Test
    void thePublishedLibraryIsForEverySignedInCallerButNotForAnonymousOnes() {
        for (String path : List.of("/api/v1/content/exercises", "/api/v1/content/exercises/glute-bridge",
                "/api/v1/content/articles", "/api/v1/content/articles/is-this-for-you",
                "/api/v1/content/technique-cues", "/api/v1/content/technique-cues/lean-as-one-piece",
                "/api/v1/content/scope-statements/backstride-scope")) {
            AccessRules.Rule rule = rules.ruleFor(HttpMethod.GET, path).orElseThrow();
            assertThat(rule.anyAuthenticated()).as(path).isTrue();
        }
        assertThat(rules.rules()).noneMatch(AccessRules.Rule::anonymous);
        assertThat(rules.ruleFor(HttpMethod.DELETE, ITEM)).as("no rule for what is not served").isEmpty();
    }

    @Test
    void holdsNoRunnerData() {
        assertThat(runnerAccess.getIfAvailable()).as("backstride.security.runner-data stays disabled").isNull();
    }

    private Set<String> roles(HttpMethod method, String path) {
        AccessRules.Rule rule = rules.ruleFor(method, path).orElseThrow(() -> new AssertionError(method + " " + path));
        assertThat(rule.anonymous()).isFalse();
        return rule.roles();
    }
}
