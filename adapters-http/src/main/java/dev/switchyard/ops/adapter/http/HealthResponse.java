package dev.switchyard.ops.adapter.http;

import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code /v1/status/healthz}. */
@Serdeable
record HealthResponse(String status) {

    static final HealthResponse UP = new HealthResponse("up");
}
