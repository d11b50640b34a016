package io.backstride.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code Content-Security-Policy} on every response that does not bring its own: the API's JSON needs nothing, so it
 * gets a policy that allows nothing; the Swagger UI pages get what they use (their own scripts and styles, inline
 * style attributes, data: images, calls back to the gateway) and no more.
 */
final class ContentSecurityPolicyWriter implements ServerHttpHeadersWriter {

    static final String HEADER = "Content-Security-Policy";

    static final String API = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    static final String SWAGGER_UI = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'";

    @Override
    public Mono<Void> writeHttpHeaders(ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        if (!headers.containsHeader(HEADER)) {
            String path = exchange.getRequest().getPath().value();
            headers.set(HEADER, path.startsWith("/swagger-ui") || path.startsWith("/webjars/") ? SWAGGER_UI : API);
        }
        return Mono.empty();
    }
}
