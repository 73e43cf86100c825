package dev.switchyard.messaging.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** What {@link RetryPolicy} decided after a failed attempt. */
public sealed interface RetryDecision {

    /** Try again at {@code dueAt}, {@code delay} after the failure. */
    record RetryAt(Instant dueAt, Duration delay) implements RetryDecision {
        public RetryAt {
            Objects.requireNonNull(dueAt, "dueAt");
            Objects.requireNonNull(delay, "delay");
        }
    }

    /** Stop retrying; the message becomes a dead letter for this reason. */
    record GiveUp(String reason) implements RetryDecision {
        public GiveUp {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
