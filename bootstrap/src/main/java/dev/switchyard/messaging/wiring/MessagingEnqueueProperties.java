package dev.switchyard.messaging.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code messaging.enqueue.*}: the longest a request (or a redrive) waits for the idempotency store and
 * the queue together, and how long a client's {@code Idempotency-Key} is remembered once accepted.
 */
@ConfigurationProperties("messaging.enqueue")
record MessagingEnqueueProperties(
        @Bindable(defaultValue = "5s") Duration timeout,
        @Bindable(defaultValue = "24h") Duration idempotencyKeyTtl) {
}
