package dev.switchyard.gateway.adapter.http.api;

import dev.switchyard.gateway.application.port.in.AuthenticateClientCommand;
import dev.switchyard.gateway.application.port.in.AuthenticateClientResult;
import dev.switchyard.gateway.application.port.in.AuthenticateClientUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;

/**
 * The client key of the Claude Messages API ({@code GATEWAY_API_KEY}, else the key shared with the
 * Node service), given as {@code x-api-key} or {@code Authorization: Bearer}; refusals in the
 * Anthropic error shape (401 {@code authentication_error}).
 */
@ServerFilter({"/v1/messages/**", "/v1/messages", "/v1/models/**", "/v1/models", "/claude-kiro-oauth/**"})
@Requires(beans = AuthenticateClientUseCase.class)
final class GatewayAuthFilter implements Ordered {

    private static final String BEARER = "Bearer ";

    private final AuthenticateClientUseCase authenticate;

    GatewayAuthFilter(AuthenticateClientUseCase authenticate) {
        this.authenticate = authenticate;
    }

    /** Returns the refusal, or null to let the request through. May read the shared key from Redis. */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<JsonNode> check(HttpRequest<?> request) {
        AuthenticateClientResult result = authenticate.authenticate(new AuthenticateClientCommand(presentedKey(request)));
        return switch (result) {
            case AuthenticateClientResult.Accepted accepted -> null;
            case AuthenticateClientResult.Rejected(String reason) -> ApiError.authentication(reason).response();
        };
    }

    static Optional<String> presentedKey(HttpRequest<?> request) {
        String apiKey = request.getHeaders().get("x-api-key");
        if (apiKey != null && !apiKey.isBlank()) {
            return Optional.of(apiKey.trim());
        }
        String authorization = request.getHeaders().get("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = authorization.substring(BEARER.length()).trim();
            if (!token.isEmpty()) {
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }

    @Override
    public int getOrder() {
        // after RequestIdFilter, so refusals carry a request id too
        return HIGHEST_PRECEDENCE + 100;
    }
}
