package dev.switchyard.messaging.adapter.micrometer;

import dev.switchyard.messaging.application.port.out.MessagingMetrics;
import dev.switchyard.messaging.domain.FailureKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The messaging metrics in Micrometer, at {@code /metrics} as {@code messaging_enqueue_attempts_total},
 * {@code messaging_enqueue_accepted_total}, {@code messaging_enqueue_replayed_total},
 * {@code messaging_enqueue_failures_total{reason}}, {@code messaging_worker_dequeued_total},
 * {@code messaging_worker_processed_total}, {@code messaging_worker_duplicates_total},
 * {@code messaging_worker_failures_total{kind}}, {@code messaging_worker_retries_scheduled_total},
 * {@code messaging_worker_dead_lettered_total} and the gauges {@code messaging_queue_backlog}
 * (-1 while unknown), {@code messaging_retries_pending}, {@code messaging_dead_letters}.
 */
@Singleton
final class MicrometerMessagingMetrics implements MessagingMetrics {

    private final MeterRegistry registry;
    private final Counter enqueueAttempts;
    private final Counter enqueueAccepted;
    private final Counter enqueueReplayed;
    private final Map<String, Counter> enqueueFailures = new ConcurrentHashMap<>();
    private final Counter dequeued;
    private final Counter processed;
    private final Counter duplicates;
    private final Map<FailureKind, Counter> failures = new EnumMap<>(FailureKind.class);
    private final Counter retriesScheduled;
    private final Counter deadLettered;
    private final AtomicLong backlog = new AtomicLong(-1);
    private final AtomicLong pendingRetries = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();

    MicrometerMessagingMetrics(MeterRegistry registry) {
        this.registry = registry;
        enqueueAttempts = counter("messaging.enqueue.attempts", "valid messages offered to the queue");
        enqueueAccepted = counter("messaging.enqueue.accepted", "messages the queue acknowledged");
        enqueueReplayed = counter("messaging.enqueue.replayed", "requests answered again from their Idempotency-Key");
        dequeued = counter("messaging.worker.dequeued", "records the worker took from the queue or the retry schedule");
        processed = counter("messaging.worker.processed", "messages persisted");
        duplicates = counter("messaging.worker.duplicates", "deliveries of an already persisted idempotency key");
        for (FailureKind kind : FailureKind.values()) {
            failures.put(kind, Counter.builder("messaging.worker.failures").description("failed attempts to persist a message")
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT)).register(registry));
        }
        retriesScheduled = counter("messaging.worker.retries.scheduled", "retries scheduled with backoff");
        deadLettered = counter("messaging.worker.dead.lettered", "messages and records given up on");
        Gauge.builder("messaging.queue.backlog", backlog, AtomicLong::get)
                .description("accepted messages not yet taken by the worker (consumer lag or buffer size); -1 unknown")
                .register(registry);
        Gauge.builder("messaging.retries.pending", pendingRetries, AtomicLong::get).description("retries waiting").register(registry);
        Gauge.builder("messaging.dead.letters", deadLetters, AtomicLong::get).description("dead letters stored").register(registry);
    }

    private Counter counter(String name, String description) {
        return Counter.builder(name).description(description).register(registry);
    }

    @Override
    public void enqueueAttempted() {
        enqueueAttempts.increment();
    }

    @Override
    public void enqueueSucceeded() {
        enqueueAccepted.increment();
    }

    @Override
    public void enqueueReplayed() {
        enqueueReplayed.increment();
    }

    @Override
    public void enqueueFailed(String reason) {
        enqueueFailures.computeIfAbsent(reason, label -> Counter.builder("messaging.enqueue.failures")
                .description("messages not accepted, by reason").tag("reason", label).register(registry)).increment();
    }

    @Override
    public void dequeued(int count) {
        dequeued.increment(count);
    }

    @Override
    public void processed(int count) {
        processed.increment(count);
    }

    @Override
    public void duplicates(int count) {
        duplicates.increment(count);
    }

    @Override
    public void failed(FailureKind kind) {
        failures.get(kind).increment();
    }

    @Override
    public void retryScheduled() {
        retriesScheduled.increment();
    }

    @Override
    public void deadLettered() {
        deadLettered.increment();
    }

    @Override
    public void queueState(long backlog, long pendingRetries, long deadLetters) {
        this.backlog.set(backlog);
        this.pendingRetries.set(pendingRetries);
        this.deadLetters.set(deadLetters);
    }
}
