package io.backstride.e2e;

import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform as a client meets it: every service answers through the gateway, errors are problems, ids travel.
 * The API documents, the Swagger UI and health are open to anyone; API calls are made as a signed-in runner.
 */
class PlatformIT {

    @ParameterizedTest
    @ValueSource(strings = {"content", "assessment", "programme", "notification"})
    void everyServiceAnswersThroughTheGateway(String service) throws Exception {
        HttpResponse<String> response = Gateway.get("/openapi/" + service);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Gateway.json(response).has("openapi")).isTrue();
    }

    @Test
    void theGatewayIsReady() throws Exception {
        assertThat(Gateway.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void theRequestIdGivenAtTheGatewayComesBackFromTheService() throws Exception {
        HttpResponse<String> response = Gateway.as(Tokens.demoUser(Tokens.RUNNER1))
                .get("/api/v1/programmes/no-such-thing", "X-Request-Id", "e2e-request-0001");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Gateway.json(response).get("requestId").asString()).isEqualTo("e2e-request-0001");
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("e2e-request-0001");
    }

    @Test
    void anUnknownRouteIsAProblemFromTheGatewayItself() throws Exception {
        HttpResponse<String> response = Gateway.as(Tokens.demoUser(Tokens.RUNNER1)).get("/no/such/route");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Gateway.json(response).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void theSwaggerUiListsEveryService() throws Exception {
        HttpResponse<String> config = Gateway.get("/v3/api-docs/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("/openapi/content", "/openapi/assessment", "/openapi/programme",
                "/openapi/notification");
    }
}
