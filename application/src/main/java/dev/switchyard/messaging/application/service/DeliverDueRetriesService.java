package dev.switchyard.messaging.application.service;

import dev.switchyard.messaging.application.port.in.DeliverDueRetriesResult;
import dev.switchyard.messaging.application.port.in.DeliverDueRetriesUseCase;
import dev.switchyard.messaging.application.port.in.ProcessQueuedMessagesCommand;
import dev.switchyard.messaging.application.port.in.ProcessQueuedMessagesResult;
import dev.switchyard.messaging.application.port.in.ProcessQueuedMessagesUseCase;
import dev.switchyard.messaging.application.port.out.RetrySchedule;
import dev.switchyard.messaging.domain.QueuedMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Claims the due retries (leased, so a crashed replica's claims come due again), runs them through
 * the worker's step, then removes each one that is settled. A message that failed again was
 * rescheduled at its next attempt, which {@link RetrySchedule#complete} leaves in place.
 */
public final class DeliverDueRetriesService implements DeliverDueRetriesUseCase {

    private final RetrySchedule retries;
    private final ProcessQueuedMessagesUseCase worker;
    private final Clock clock;
    private final int batchSize;
    private final Duration lease;

    public DeliverDueRetriesService(RetrySchedule retries, ProcessQueuedMessagesUseCase worker, Clock clock, int batchSize,
            Duration lease) {
        this.retries = Objects.requireNonNull(retries, "retries");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lease = Objects.requireNonNull(lease, "lease");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        this.batchSize = batchSize;
    }

    @Override
    public DeliverDueRetriesResult deliverDue() {
        List<QueuedMessage> due = retries.claimDue(clock.instant(), batchSize, lease);
        if (due.isEmpty()) {
            return new DeliverDueRetriesResult(0, new ProcessQueuedMessagesResult(0, 0, 0, 0));
        }
        ProcessQueuedMessagesResult outcome = worker.process(ProcessQueuedMessagesCommand.of(due));
        for (QueuedMessage message : due) {
            retries.complete(message.key(), message.attempt());
        }
        return new DeliverDueRetriesResult(due.size(), outcome);
    }
}
