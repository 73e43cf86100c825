package dev.switchyard.messaging.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Capped exponential backoff with "equal jitter": after failed attempt {@code n} the ceiling is
 * {@code min(maxDelay, initialDelay × 2^(n-1))} and the delay is drawn from [ceiling/2, ceiling],
 * so retries of many messages spread out while each message's delays never shrink.
 * Gives up on a permanent failure, after {@code maxAttempts} attempts, or when the next attempt
 * would fall more than {@code maxAge} after the first failure.
 */
public record RetryPolicy(int maxAttempts, Duration maxAge, Duration initialDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        requirePositive(maxAge, "maxAge");
        requirePositive(initialDelay, "initialDelay");
        requirePositive(maxDelay, "maxDelay");
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maxDelay " + maxDelay + " is shorter than initialDelay " + initialDelay);
        }
    }

    /**
     * @param failedAttempt the attempt that just failed, from 1
     * @param firstFailedAt when this message first failed
     * @param jitter a number in [0, 1) drawn by the caller (a fixed one in tests)
     */
    public RetryDecision afterFailure(int failedAttempt, FailureKind kind, Instant firstFailedAt, Instant now, double jitter) {
        Objects.requireNonNull(kind, "kind");
        if (failedAttempt < 1) {
            throw new IllegalArgumentException("attempts count from 1, got " + failedAttempt);
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1), got " + jitter);
        }
        if (!kind.retryable()) {
            return new RetryDecision.GiveUp("permanent failure");
        }
        if (failedAttempt >= maxAttempts) {
            return new RetryDecision.GiveUp("gave up after " + failedAttempt + " attempts");
        }
        Duration ceiling = ceilingAfter(failedAttempt);
        Duration delay = ceiling.dividedBy(2).plusNanos((long) (ceiling.dividedBy(2).toNanos() * jitter));
        Instant dueAt = now.plus(delay);
        if (dueAt.isAfter(firstFailedAt.plus(maxAge))) {
            return new RetryDecision.GiveUp("retry window of " + maxAge + " exhausted after " + failedAttempt + " attempts");
        }
        return new RetryDecision.RetryAt(dueAt, delay);
    }

    Duration ceilingAfter(int failedAttempt) {
        int doublings = Math.min(failedAttempt - 1, 40);
        Duration ceiling = initialDelay;
        for (int i = 0; i < doublings && ceiling.compareTo(maxDelay) < 0; i++) {
            ceiling = ceiling.multipliedBy(2);
        }
        return ceiling.compareTo(maxDelay) > 0 ? maxDelay : ceiling;
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + duration);
        }
    }
}
