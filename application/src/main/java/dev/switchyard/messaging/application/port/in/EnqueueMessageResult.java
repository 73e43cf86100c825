package dev.switchyard.messaging.application.port.in;

import dev.switchyard.messaging.domain.IdempotencyKey;
import java.util.Objects;

/** The outcome of accepting a message. */
public sealed interface EnqueueMessageResult {

    /** On the queue (or was already, for a {@code replay}): the worker will persist it under {@code key}. */
    record Accepted(IdempotencyKey key, boolean replay) implements EnqueueMessageResult {
        public Accepted {
            Objects.requireNonNull(key, "key");
        }
    }

    /** The client's key was already used for a different message: nothing was enqueued. */
    record KeyReused(IdempotencyKey key) implements EnqueueMessageResult {
        public KeyReused {
            Objects.requireNonNull(key, "key");
        }
    }

    /** A request with the same key and content is being enqueued right now: try again shortly. */
    record InProgress(IdempotencyKey key) implements EnqueueMessageResult {
        public InProgress {
            Objects.requireNonNull(key, "key");
        }
    }

    /** The queue or the idempotency store could not take the request in time: nothing was enqueued. */
    record Unavailable(String reason) implements EnqueueMessageResult {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
