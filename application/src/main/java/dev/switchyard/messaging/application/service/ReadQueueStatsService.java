package dev.switchyard.messaging.application.service;

import dev.switchyard.messaging.application.port.in.QueueStatsView;
import dev.switchyard.messaging.application.port.in.ReadQueueStatsUseCase;
import dev.switchyard.messaging.application.port.out.DeadLetterStore;
import dev.switchyard.messaging.application.port.out.MessageQueue;
import dev.switchyard.messaging.application.port.out.RetrySchedule;
import java.util.Objects;

public final class ReadQueueStatsService implements ReadQueueStatsUseCase {

    private final MessageQueue queue;
    private final RetrySchedule retries;
    private final DeadLetterStore deadLetters;

    public ReadQueueStatsService(MessageQueue queue, RetrySchedule retries, DeadLetterStore deadLetters) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.retries = Objects.requireNonNull(retries, "retries");
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
    }

    @Override
    public QueueStatsView read() {
        return new QueueStatsView(queue.backlog(), retries.size(), deadLetters.count());
    }
}
