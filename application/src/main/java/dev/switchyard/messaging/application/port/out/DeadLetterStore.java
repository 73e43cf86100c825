package dev.switchyard.messaging.application.port.out;

import dev.switchyard.messaging.domain.DeadLetter;
import dev.switchyard.messaging.domain.DeadLetterId;
import dev.switchyard.messaging.domain.StoredDeadLetter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Messages the worker gave up on, durable, for an operator to inspect, redrive or purge. */
public interface DeadLetterStore {

    /** Adds a dead letter; a message (by idempotency key) is dead at most once at a time. */
    void add(DeadLetter letter);

    Optional<StoredDeadLetter> find(DeadLetterId id);

    /** Oldest first, ids greater than {@code after} (0 for the first page). */
    List<StoredDeadLetter> list(long after, int limit);

    boolean delete(DeadLetterId id);

    /** Deletes the ones dead-lettered before {@code cutoff}; returns how many. */
    int deleteOlderThan(Instant cutoff);

    long count();
}
