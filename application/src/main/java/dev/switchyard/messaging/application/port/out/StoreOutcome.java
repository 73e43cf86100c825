package dev.switchyard.messaging.application.port.out;

import dev.switchyard.messaging.domain.FailureKind;
import dev.switchyard.messaging.domain.IdempotencyKey;
import java.util.Objects;
import java.util.Set;

/** What {@link MessageStore#store} did with a batch: all of it, or none of it. */
public sealed interface StoreOutcome {

    /** Committed. {@code inserted} are the keys that were new; every other key of the batch was already stored. */
    record Stored(Set<IdempotencyKey> inserted) implements StoreOutcome {
        public Stored {
            inserted = Set.copyOf(inserted);
        }
    }

    /** Rolled back: nothing of the batch was stored. */
    record Failed(FailureKind kind, String reason) implements StoreOutcome {
        public Failed {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
