package dev.switchyard.gateway.adapter.http.admin;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;

/** The admin API's error body, as the admin guard answers it: {@code {"error":{"type":"…","message":"…"}}}. */
@Serdeable
record GatewayAdminError(Detail error) {

    @Serdeable
    record Detail(String type, String message) {
    }

    static HttpResponse<GatewayAdminError> response(HttpStatus status, String type, String message) {
        return HttpResponse.<GatewayAdminError>status(status).body(new GatewayAdminError(new Detail(type, message)));
    }

    static HttpResponse<GatewayAdminError> invalid(String field, String message) {
        return response(HttpStatus.BAD_REQUEST, "invalid_request_error", field + ": " + message);
    }

    static HttpResponse<GatewayAdminError> notFound(String id) {
        return response(HttpStatus.NOT_FOUND, "not_found_error", "no account " + id + " in the pool");
    }
}
