package dev.switchyard.messaging.application.port.in;

import dev.switchyard.messaging.domain.IdempotencyKey;
import java.util.Objects;

/** The outcome of putting a dead letter back on the queue. */
public sealed interface RedriveDeadLetterResult {

    /** Back on the queue as a fresh delivery, and gone from the dead letters. */
    record Redriven(IdempotencyKey key) implements RedriveDeadLetterResult {
        public Redriven {
            Objects.requireNonNull(key, "key");
        }
    }

    record NotFound() implements RedriveDeadLetterResult {
    }

    /** A record nobody could read has no message to send again. */
    record NotRedrivable(String reason) implements RedriveDeadLetterResult {
        public NotRedrivable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The queue did not take it; the dead letter stays. */
    record QueueUnavailable(String reason) implements RedriveDeadLetterResult {
        public QueueUnavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
