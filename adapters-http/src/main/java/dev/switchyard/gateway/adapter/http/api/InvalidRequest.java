package dev.switchyard.gateway.adapter.http.api;

/** A request the API refuses with 400 {@code invalid_request_error}; the message names the field. */
final class InvalidRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidRequest(String field, String problem) {
        super(field.isEmpty() ? problem : field + ": " + problem, null, false, false);
    }
}
