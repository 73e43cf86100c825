package dev.switchyard.messaging.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What the queue carries from the accepting endpoint to the worker ({@code schema_version} 1).
 * {@code acceptedAt} is UTC with microsecond precision, what PostgreSQL keeps.
 */
public record OutboundMessageEvent(int schemaVersion, IdempotencyKey idempotencyKey, OutboundMessage message, Instant acceptedAt) {

    public static final int SCHEMA_VERSION = 1;

    public OutboundMessageEvent {
        if (schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException("unsupported schema_version " + schemaVersion + " (this version reads "
                    + SCHEMA_VERSION + ")");
        }
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(message, "message");
        acceptedAt = Objects.requireNonNull(acceptedAt, "acceptedAt").truncatedTo(ChronoUnit.MICROS);
    }

    public static OutboundMessageEvent accepted(IdempotencyKey key, OutboundMessage message, Instant acceptedAt) {
        return new OutboundMessageEvent(SCHEMA_VERSION, key, message, acceptedAt);
    }
}
