package dev.switchyard.ops.adapter.http;

import io.micronaut.http.HttpRequest;
import java.util.Optional;

/** The key a caller presents: {@code Authorization: Bearer …} first, then {@code x-api-key}. */
final class AdminCredential {

    private static final String BEARER = "Bearer ";

    private AdminCredential() {
    }

    static Optional<String> from(HttpRequest<?> request) {
        String authorization = request.getHeaders().get("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = authorization.substring(BEARER.length()).trim();
            if (!token.isEmpty()) {
                return Optional.of(token);
            }
        }
        return Optional.ofNullable(request.getHeaders().get("x-api-key")).map(String::trim).filter(key -> !key.isEmpty());
    }
}
