package io.backstride.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server on a random port standing in for one downstream service: it records every request it
 * receives and answers as the test tells it (by default, a JSON echo of the request).
 */
final class StubService implements AutoCloseable {

    record Received(String method, String uri, Headers headers, String body) {

        String header(String name) {
            return headers.getFirst(name);
        }
    }

    record Reply(int status, String body, Duration delay, Map<String, String> headers) {

        Reply(int status, String body, Duration delay) {
            this(status, body, delay, Map.of());
        }

        static Reply status(int status) {
            return new Reply(status, "{\"status\":" + status + "}", Duration.ZERO);
        }

        Reply after(Duration delay) {
            return new Reply(status, body, delay, headers);
        }

        Reply withHeader(String name, String value) {
            Map<String, String> more = new java.util.HashMap<>(headers);
            more.put(name, value);
            return new Reply(status, body, delay, Map.copyOf(more));
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Reply> replies = this::echo;

    private StubService(String name) throws IOException {
        this.name = name;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // one virtual thread per request, so a held or slow reply never blocks the others
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    static StubService start(String name) {
        try {
            return new StubService(name);
        }
        catch (IOException e) {
            throw new IllegalStateException("cannot start stub " + name, e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> received() {
        return received;
    }

    Received lastReceived() {
        return received.getLast();
    }

    void answer(Function<Received, Reply> replies) {
        this.replies = replies;
    }

    void reset() {
        received.clear();
        replies = this::echo;
    }

    Reply echo(Received request) {
        return new Reply(200, JSON.writeValueAsString(
                Map.of("service", name, "method", request.method(), "uri", request.uri())), Duration.ZERO);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders(), body);
        received.add(request);
        Reply reply = replies.apply(request);
        if (reply.delay().isZero()) {
            send(exchange, reply);
        }
        else {
            // a slow service: answer later from another thread, without holding this one
            CompletableFuture.delayedExecutor(reply.delay().toMillis(), TimeUnit.MILLISECONDS)
                    .execute(() -> send(exchange, reply));
        }
    }

    private static void send(HttpExchange exchange, Reply reply) {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            reply.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            out.write(bytes);
        }
        catch (IOException e) {
            // the gateway gave up on this reply (timeout): nobody is listening any more
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
