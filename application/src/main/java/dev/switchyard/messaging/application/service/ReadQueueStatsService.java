package dev.switchyard.messaging.application.service;

import dev.switchyard.messaging.application.port.in.QueueStatsView;
import dev.switchyard.messaging.application.port.in.ReadQueueStatsUseCase;
import dev.switchyard.messaging.application.port.out.DeadLetterStore;
import dev.switchyard.messaging.application.port.out.MessageQueue;
import dev.switchyard.messaging.application.port.out.MessagingMetrics;
import dev.switchyard.messaging.application.port.out.RetrySchedule;
import java.util.Objects;

/** Reads the queue's backlog, the pending retries and the dead letters, and publishes them as gauges too. */
public final class ReadQueueStatsService implements ReadQueueStatsUseCase {

    private final MessageQueue queue;
    private final RetrySchedule retries;
    private final DeadLetterStore deadLetters;
    private final MessagingMetrics metrics;

    public ReadQueueStatsService(MessageQueue queue, RetrySchedule retries, DeadLetterStore deadLetters, MessagingMetrics metrics) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.retries = Objects.requireNonNull(retries, "retries");
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public QueueStatsView read() {
        QueueStatsView stats = new QueueStatsView(queue.backlog(), retries.size(), deadLetters.count());
        metrics.queueState(stats.backlog().orElse(-1), stats.pendingRetries(), stats.deadLetters());
        return stats;
    }
}
