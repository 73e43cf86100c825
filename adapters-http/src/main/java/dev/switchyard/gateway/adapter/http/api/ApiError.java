package dev.switchyard.gateway.adapter.http.api;

import dev.switchyard.gateway.domain.UpstreamFailure;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.tree.JsonNode;

/**
 * An error in the Anthropic shape, {@code {"type":"error","error":{"type":…,"message":…}}}, with the
 * status Anthropic uses for its type.
 */
record ApiError(HttpStatus status, String type, String message) {

    static ApiError invalidRequest(String message) {
        return new ApiError(HttpStatus.BAD_REQUEST, "invalid_request_error", message);
    }

    static ApiError authentication(String message) {
        return new ApiError(HttpStatus.UNAUTHORIZED, "authentication_error", message);
    }

    static ApiError notFound(String message) {
        return new ApiError(HttpStatus.NOT_FOUND, "not_found_error", message);
    }

    static ApiError overloaded(String message) {
        return new ApiError(HttpStatus.SERVICE_UNAVAILABLE, "overloaded_error", message);
    }

    /**
     * What the client sees when the upstream failed: its own request's faults as 400, throttling as
     * 429, accounts that cannot serve as 503 overloaded (the client's key is fine), the rest as 500.
     */
    static ApiError of(UpstreamFailure failure, String detail) {
        return switch (failure) {
            case INVALID_REQUEST, MODEL_UNAVAILABLE -> invalidRequest(detail);
            case CONTEXT_TOO_LONG -> invalidRequest("prompt is too long: " + detail);
            case RATE_LIMITED -> new ApiError(HttpStatus.TOO_MANY_REQUESTS, "rate_limit_error", detail);
            case UNAUTHORIZED, TOKEN_REJECTED, QUOTA_EXHAUSTED, ACCOUNT_BLOCKED -> overloaded(
                    "no upstream account can serve this request right now: " + detail);
            case SERVER_ERROR, TIMEOUT, CONNECTION_FAILED, STREAM_BROKEN -> new ApiError(HttpStatus.INTERNAL_SERVER_ERROR,
                    "api_error", detail);
        };
    }

    JsonNode body() {
        return JsonTree.obj("type", "error", "error", JsonTree.obj("type", type, "message", message));
    }

    MutableHttpResponse<JsonNode> response() {
        return HttpResponse.<JsonNode>status(status).contentType(MediaType.APPLICATION_JSON_TYPE).body(body());
    }
}
