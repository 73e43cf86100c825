package dev.switchyard.messaging.testkit;

import dev.switchyard.messaging.application.port.out.RetrySchedule;
import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.domain.QueuedMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link RetrySchedule} in memory with the real one's lease semantics; it also remembers every schedule made. */
public final class InMemoryRetrySchedule implements RetrySchedule {

    /** One call of {@link #schedule}. */
    public record Scheduled(QueuedMessage message, Instant dueAt, String lastError) {
    }

    private final Map<IdempotencyKey, Scheduled> pending = new LinkedHashMap<>();
    private final List<Scheduled> history = new ArrayList<>();

    @Override
    public synchronized void schedule(QueuedMessage next, Instant dueAt, String lastError) {
        Scheduled scheduled = new Scheduled(next, dueAt, lastError);
        pending.put(next.key(), scheduled);
        history.add(scheduled);
    }

    @Override
    public synchronized List<QueuedMessage> claimDue(Instant now, int limit, Duration lease) {
        List<Scheduled> due = pending.values().stream()
                .filter(scheduled -> !scheduled.dueAt().isAfter(now))
                .sorted(Comparator.comparing(Scheduled::dueAt))
                .limit(limit)
                .toList();
        for (Scheduled scheduled : due) {
            pending.put(scheduled.message().key(), new Scheduled(scheduled.message(), now.plus(lease), scheduled.lastError()));
        }
        return due.stream().map(Scheduled::message).toList();
    }

    @Override
    public synchronized void complete(IdempotencyKey key, int attempt) {
        Scheduled scheduled = pending.get(key);
        if (scheduled != null && scheduled.message().attempt() == attempt) {
            pending.remove(key);
        }
    }

    @Override
    public synchronized long size() {
        return pending.size();
    }

    public synchronized Optional<Scheduled> pending(IdempotencyKey key) {
        return Optional.ofNullable(pending.get(key));
    }

    public synchronized List<Scheduled> history() {
        return List.copyOf(history);
    }
}
