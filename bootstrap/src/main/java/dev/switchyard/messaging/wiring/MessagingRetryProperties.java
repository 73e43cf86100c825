package dev.switchyard.messaging.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code messaging.retry.*}: {@code RETRY_MAX_ATTEMPTS} and {@code RETRY_MAX_AGE}, the backoff's first
 * and largest delay, and how many due retries one pass claims (each leased for {@code lease}).
 */
@ConfigurationProperties("messaging.retry")
record MessagingRetryProperties(
        @Bindable(defaultValue = "10") int maxAttempts,
        @Bindable(defaultValue = "PT1H") Duration maxAge,
        @Bindable(defaultValue = "1s") Duration initialDelay,
        @Bindable(defaultValue = "5m") Duration maxDelay,
        @Bindable(defaultValue = "500") int batchSize,
        @Bindable(defaultValue = "1m") Duration lease) {
}
