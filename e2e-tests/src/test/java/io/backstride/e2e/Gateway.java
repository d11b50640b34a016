package io.backstride.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running platform, reached only through its gateway (system property {@code backstride.url}): anonymously
 * with the static methods, or as a signed-in caller with {@code Gateway.as(accessToken)}.
 */
final class Gateway {

    static final String URL = System.getProperty("backstride.url", "http://localhost:8080");
    static final JsonMapper JSON = JsonMapper.shared();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Caller ANONYMOUS = new Caller(null);

    private Gateway() {
    }

    /** Calls that carry {@code Authorization: Bearer accessToken}. */
    static Caller as(String accessToken) {
        return new Caller(accessToken);
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        return ANONYMOUS.get(path, headers);
    }

    static HttpResponse<String> post(String path, Object body, String... headers) throws Exception {
        return ANONYMOUS.post(path, body, headers);
    }

    static HttpResponse<String> delete(String path, String... headers) throws Exception {
        return ANONYMOUS.delete(path, headers);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** For assertion messages: the status and the start of the body. */
    static String describe(HttpResponse<String> response) {
        String body = response.body();
        return response.statusCode() + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
    }

    /** The same calls, with the caller's bearer token when there is one. */
    record Caller(String accessToken) {

        HttpResponse<String> get(String path, String... headers) throws Exception {
            return send(request(path, headers).GET());
        }

        HttpResponse<String> post(String path, Object body, String... headers) throws Exception {
            String json = body instanceof String text ? text : JSON.writeValueAsString(body);
            return send(request(path, headers).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        HttpResponse<String> put(String path, Object body, String... headers) throws Exception {
            String json = body instanceof String text ? text : JSON.writeValueAsString(body);
            return send(request(path, headers).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)));
        }

        HttpResponse<String> delete(String path, String... headers) throws Exception {
            return send(request(path, headers).DELETE());
        }

        private HttpRequest.Builder request(String path, String... headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(URL + path)).timeout(Duration.ofSeconds(15));
            if (accessToken != null) {
                request.header("Authorization", "Bearer " + accessToken);
            }
            if (headers.length > 0) {
                request.headers(headers);
            }
            return request;
        }

        private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
