package dev.switchyard.messaging.domain;

import java.util.Objects;

/**
 * A queue record the worker could not read (bad JSON, unknown schema_version, invalid values).
 * It can never succeed, so it goes straight to the dead letters with its raw payload.
 *
 * @param source where it was read, e.g. {@code kafka:switchyard.messaging.outbound.v1/2@1734}
 */
public record UndecodableMessage(String source, String payload, String reason) {

    /** Enough to diagnose; a huge garbage record does not fill the dead-letter table. */
    public static final int MAX_PAYLOAD = 64 * 1024;

    public UndecodableMessage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(reason, "reason");
        if (payload.length() > MAX_PAYLOAD) {
            payload = payload.substring(0, MAX_PAYLOAD);
        }
    }
}
