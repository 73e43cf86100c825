package dev.switchyard.messaging.application.port.out;

import dev.switchyard.messaging.domain.FailureKind;

/** Counters of the messaging pipeline (the adapter names and exports them). */
public interface MessagingMetrics {

    void enqueueAttempted();

    void enqueueSucceeded();

    /** A request answered again from the idempotency store, without enqueuing anything. */
    void enqueueReplayed();

    /** @param reason a short, bounded label: {@code queue_unavailable}, {@code idempotency_store_unavailable}, {@code key_conflict} … */
    void enqueueFailed(String reason);

    void dequeued(int count);

    /** Messages newly persisted. */
    void processed(int count);

    /** Deliveries whose key was already persisted (redeliveries, replays). */
    void duplicates(int count);

    void failed(FailureKind kind);

    void retryScheduled();

    void deadLettered();

    /** The latest reading of the queue's gauges; an unknown backlog (queue did not answer) is {@code -1}. */
    void queueState(long backlog, long pendingRetries, long deadLetters);
}
