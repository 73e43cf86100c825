package dev.switchyard.messaging.adapter.http;

import io.micronaut.serde.annotation.Serdeable;

/** The 202 body: {@code {"status":"accepted","idempotencyKey":"…"}}; a replay gets the same. */
@Serdeable
record AcceptedResponse(String status, String idempotencyKey) {

    static AcceptedResponse of(String idempotencyKey) {
        return new AcceptedResponse("accepted", idempotencyKey);
    }
}
