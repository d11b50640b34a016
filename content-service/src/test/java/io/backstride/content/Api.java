package io.backstride.content;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small HTTP client for the service under test, calling as one caller: every request carries its
 * {@code Authorization} value ({@code TestTokens} bearer values), or none when it is anonymous.
 */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.shared();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final int port;
    private final String authorization;

    /** @param authorization the {@code Authorization} header value, or null for an anonymous caller */
    public Api(int port, String authorization) {
        this.port = port;
        this.authorization = authorization;
    }

    /** The same service, called by someone else (null: anonymously). */
    public Api as(String otherAuthorization) {
        return new Api(port, otherAuthorization);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public HttpResponse<String> post(String path, Object body, String... headers) {
        return send(withBody(request(path, headers), "POST", body));
    }

    public HttpResponse<String> put(String path, Object body, String... headers) {
        return send(withBody(request(path, headers), "PUT", body));
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** A seed file as a JSON tree, to build authoring requests from. */
    public static ObjectNode seed(String collection, String id) {
        try (var in = Api.class.getClassLoader().getResourceAsStream("seed/en-GB/" + collection + "/" + id + ".json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Map<String, String> comment(String comment) {
        var body = new LinkedHashMap<String, String>();
        body.put("comment", comment);
        return body;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private static HttpRequest.Builder withBody(HttpRequest.Builder builder, String method, Object body) {
        var json = body instanceof String text ? text : JSON.writeValueAsString(body);
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
