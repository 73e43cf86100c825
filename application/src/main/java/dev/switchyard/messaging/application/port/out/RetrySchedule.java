package dev.switchyard.messaging.application.port.out;

import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.domain.QueuedMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Messages waiting for their next attempt, outside the queue so they never hold it up. Durable and
 * shared by replicas: a claimed retry is leased, and comes due again if its claimer dies.
 */
public interface RetrySchedule {

    /** Schedules {@code next} (replacing any retry of the same key) for {@code dueAt}. */
    void schedule(QueuedMessage next, Instant dueAt, String lastError);

    /** Up to {@code limit} retries due at {@code now}, each leased to the caller for {@code lease}. */
    List<QueuedMessage> claimDue(Instant now, int limit, Duration lease);

    /** Removes the retry of {@code key} if it is still at {@code attempt} (a newer schedule stays). */
    void complete(IdempotencyKey key, int attempt);

    long size();
}
