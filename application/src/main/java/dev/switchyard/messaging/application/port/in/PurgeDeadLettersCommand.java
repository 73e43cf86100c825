package dev.switchyard.messaging.application.port.in;

import dev.switchyard.messaging.domain.DeadLetterId;
import java.time.Instant;
import java.util.Objects;

/** Which dead letters to delete for good. */
public sealed interface PurgeDeadLettersCommand {

    record One(DeadLetterId id) implements PurgeDeadLettersCommand {
        public One {
            Objects.requireNonNull(id, "id");
        }
    }

    record OlderThan(Instant cutoff) implements PurgeDeadLettersCommand {
        public OlderThan {
            Objects.requireNonNull(cutoff, "cutoff");
        }
    }
}
