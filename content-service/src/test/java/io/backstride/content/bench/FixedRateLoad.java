package io.backstride.content.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed-rate (open model) HTTP load client, since wrk has no fixed-rate mode: sends GETs at a constant
 * rate whatever the responses do, and measures each latency from the moment the request was due, so a
 * stalled server shows up in the percentiles (no coordinated omission). JDK only, so it runs as a source
 * file: {@code java FixedRateLoad.java URL RATE SECONDS [CONNECTIONS]}. Prints p50, p90, p99, max and errors.
 * The environment variable {@code BENCH_AUTHORIZATION}, if set, is sent as the {@code Authorization} header
 * (the read API needs an access token; {@code bench/exercise-get.sh} mints one).
 */
public final class FixedRateLoad {

    /** Seconds at the same rate before measuring: connections opened, client and server code compiled. */
    private static final int WARM_UP_SECONDS = 5;

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: FixedRateLoad URL REQUESTS_PER_SECOND SECONDS [CONNECTIONS]");
            System.exit(2);
        }
        var uri = URI.create(args[0]);
        var rate = Double.parseDouble(args[1]);
        var seconds = Integer.parseInt(args[2]);
        var connections = args.length > 3 ? Integer.parseInt(args[3]) : 32;
        run(uri, rate, WARM_UP_SECONDS, connections);
        var result = run(uri, rate, seconds, connections);

        var latencies = result.latencies();
        Arrays.sort(latencies);
        System.out.printf("fixed rate: %.0f req/s for %ds over %d connections: %d requests in %.1fs, errors %d%s%n",
                rate, seconds, connections, latencies.length, result.seconds(), result.errors(),
                result.firstError() == null ? "" : " (first: " + result.firstError() + ")");
        System.out.printf("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                millis(latencies, 0.50), millis(latencies, 0.90), millis(latencies, 0.99),
                latencies[latencies.length - 1] / 1e6);
    }

    private record Result(long[] latencies, double seconds, int errors, String firstError) {
    }

    private static Result run(URI uri, double rate, int seconds, int connections) {
        var total = (int) Math.round(rate * seconds);
        var intervalNanos = 1_000_000_000.0 / rate;
        var latencies = new long[total];
        var errors = new AtomicInteger();
        var firstError = new AtomicReference<String>();
        var next = new AtomicInteger();
        var start = System.nanoTime() + 10_000_000L;
        // Each worker keeps one connection alive and takes the next due request; when all are busy the
        // request starts late and its latency still counts from when it was due.
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < connections; w++) {
                workers.submit(() -> {
                    var connection = new Connection(uri);
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        var due = start + (long) (i * intervalNanos);
                        var wait = due - System.nanoTime();
                        if (wait > 0) {
                            LockSupport.parkNanos(wait);
                        }
                        try {
                            var status = connection.get();
                            if (status != 200) {
                                errors.incrementAndGet();
                                firstError.compareAndSet(null, "HTTP " + status);
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, e.toString());
                            connection.close();
                        }
                        latencies[i] = System.nanoTime() - due;
                    }
                    connection.close();
                });
            }
        }
        return new Result(latencies, (System.nanoTime() - start) / 1e9, errors.get(), firstError.get());
    }

    /**
     * One HTTP/1.1 keep-alive connection that sends the same GET and reads the whole response (by
     * Content-Length or chunked). A raw socket: the JDK's HttpClient costs more CPU per request than the
     * server being measured on a small machine.
     */
    private static final class Connection {

        private final URI uri;
        private final byte[] request;
        private Socket socket;
        private BufferedInputStream in;
        private OutputStream out;

        Connection(URI uri) {
            this.uri = uri;
            var path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            var authorization = System.getenv("BENCH_AUTHORIZATION");
            this.request = ("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nAccept: application/json\r\n"
                    + (authorization == null || authorization.isBlank() ? "" : "Authorization: " + authorization.strip() + "\r\n")
                    + "\r\n").getBytes(StandardCharsets.US_ASCII);
        }

        int get() throws IOException {
            if (socket == null) {
                socket = new Socket(uri.getHost(), uri.getPort());
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(5_000);
                in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                out = socket.getOutputStream();
            }
            out.write(request);
            out.flush();
            var status = Integer.parseInt(line().split(" ")[1]);
            long length = -1;
            var chunked = false;
            var closing = false;
            for (var header = line(); !header.isEmpty(); header = line()) {
                var lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            if (chunked) {
                for (long size = chunk(); size > 0; size = chunk()) {
                    skip(size);
                    line();
                }
                line();
            } else if (length > 0) {
                skip(length);
            }
            if (closing) {
                close();
            }
            return status;
        }

        private long chunk() throws IOException {
            var size = line();
            var semicolon = size.indexOf(';');
            return Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
        }

        private void skip(long bytes) throws IOException {
            for (long left = bytes; left > 0; ) {
                var skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException("connection closed mid-response");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        private String line() throws IOException {
            var text = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("connection closed");
                }
                if (c != '\r') {
                    text.append((char) c);
                }
            }
            return text.toString();
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
