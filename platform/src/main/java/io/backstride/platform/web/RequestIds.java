package io.backstride.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/** The request id set by the gateway travels in this header, into MDC (every log line) and into event headers. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestIds() {
    }

    /** The id of the request (or consumed event) being handled on this thread, if any. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }

    /** Keeps a well-formed incoming id, replaces anything else: ids end up in logs and headers. */
    public static String acceptOrCreate(String incoming) {
        return incoming != null && VALID.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }
}
