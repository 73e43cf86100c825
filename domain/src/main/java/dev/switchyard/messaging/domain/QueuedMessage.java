package dev.switchyard.messaging.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An event as the worker sees it: which attempt this is (1 for a fresh delivery) and, from the
 * second attempt on, when it first failed (the start of its retry window).
 */
public record QueuedMessage(OutboundMessageEvent event, int attempt, Optional<Instant> firstFailedAt) {

    public QueuedMessage {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(firstFailedAt, "firstFailedAt");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1, got " + attempt);
        }
        if (attempt > 1 && firstFailedAt.isEmpty()) {
            throw new IllegalArgumentException("a retry (attempt " + attempt + ") knows when it first failed");
        }
    }

    public static QueuedMessage firstDelivery(OutboundMessageEvent event) {
        return new QueuedMessage(event, 1, Optional.empty());
    }

    public IdempotencyKey key() {
        return event.idempotencyKey();
    }

    /** The next attempt after this one failed at {@code failedAt}. */
    public QueuedMessage nextAttempt(Instant failedAt) {
        return new QueuedMessage(event, attempt + 1, Optional.of(firstFailedAt.orElse(failedAt)));
    }
}
